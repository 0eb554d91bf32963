package org.militancymonitor.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date of years 1 to 9999: what an ISO date parses to can lie far outside what
 * PostgreSQL and {@link java.sql.Date} hold ({@code +999999999-01-01}).
 */
@Documented
@Constraint(validatedBy = WithinCalendar.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinCalendar {

	String message() default "{filter.dateOutOfRange}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<WithinCalendar, LocalDate> {

		@Override
		public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
			return date == null || (date.getYear() >= 1 && date.getYear() <= 9999);
		}

	}

}
