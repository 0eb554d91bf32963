package org.militancymonitor;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps features apart: a controller reaches another feature only through what that
 * feature offers (its query services and records), never its repositories or entities.
 */
@AnalyzeClasses(packages = "org.militancymonitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule shouldKeepOtherFeaturesRepositoriesAndEntitiesOutOfControllers = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should(notUseOtherFeaturesPersistence());

	@ArchTest
	static final ArchRule shouldNotLetTheSharedPackagesDependOnFeatures = noClasses().that()
		.resideInAnyPackage("org.militancymonitor.common..", "org.militancymonitor.system..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.militancymonitor.group..", "org.militancymonitor.incident..",
				"org.militancymonitor.statement..", "org.militancymonitor.report..", "org.militancymonitor.source..");

	private static ArchCondition<JavaClass> notUseOtherFeaturesPersistence() {
		return new ArchCondition<>("use only their own feature's repositories and entities") {
			@Override
			public void check(JavaClass controller, ConditionEvents events) {
				for (Dependency dependency : controller.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					boolean persistence = target.isAnnotatedWith(Entity.class)
							|| target.isAssignableTo(Repository.class);
					if (persistence && !target.getPackageName().equals(controller.getPackageName())) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

}
