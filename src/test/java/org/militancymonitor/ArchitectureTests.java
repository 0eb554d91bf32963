package org.militancymonitor;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walls between features. Each feature is a package under
 * {@code org.militancymonitor} that owns its entities, repositories and pages; it reaches
 * another feature only through what that one offers (its directories, {@code *Queries}
 * classes and records), never its repositories or entities. The claim core
 * ({@code claim}) is what every feature links its facts to. {@code common} and
 * {@code system} serve every feature and know none, and so does {@code audit}.
 */
@AnalyzeClasses(packages = ArchitectureTests.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	static final String ROOT = "org.militancymonitor";

	/** The packages that are not features. */
	static final Set<String> SHARED = Set.of("audit", "common", "system");

	/**
	 * The cores whose entities every feature may use: claims, which every fact links to,
	 * and review, which holds every kind's pending revisions.
	 */
	static final Set<String> CORES = Set.of("claim", "review");

	@ArchTest
	static final ArchRule shouldKeepFeaturesFreeOfCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule shouldKeepOtherFeaturesRepositoriesAndEntitiesToThemselves = classes().that()
		.resideInAPackage(ROOT + ".*..")
		.should(useOnlyTheirOwnFeaturesPersistence());

	@ArchTest
	static final ArchRule shouldNotLetTheSharedPackagesDependOnFeatures = noClasses().that()
		.resideInAnyPackage(SHARED.stream().map((p) -> ROOT + "." + p + "..").toArray(String[]::new))
		.should()
		.dependOnClassesThat(ArchitectureTests.resideInAFeature());

	@ArchTest
	static final ArchRule shouldNotLetTheCoresDependOnFeatures = noClasses().that()
		.resideInAnyPackage(CORES.stream().map((p) -> ROOT + "." + p + "..").toArray(String[]::new))
		.should()
		.dependOnClassesThat(ArchitectureTests.resideInAFeatureOtherThanTheCores());

	@ArchTest
	static final ArchRule shouldKeepRepositoriesPackagePrivateWhereNothingOutsideUsesThem = classes().that()
		.areAssignableTo(Repository.class)
		.and()
		.resideInAPackage(ROOT + "..")
		.should(bePublicOnlyWhenUsedFromAnotherPackage());

	@Test
	void shouldFindTheFeaturesInThePackages() {
		assertThat(features(importMain())).contains("claim", "group", "incident", "source", "statement")
			.doesNotContainAnyElementsOf(SHARED);
	}

	static JavaClasses importMain() {
		return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	/** The feature a class belongs to: its package's first segment below the root. */
	static String featureOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT + ".")) {
			return null;
		}
		String rest = name.substring(ROOT.length() + 1);
		int dot = rest.indexOf('.');
		String top = (dot < 0) ? rest : rest.substring(0, dot);
		return SHARED.contains(top) ? null : top;
	}

	static Set<String> features(JavaClasses classes) {
		Set<String> features = new TreeSet<>();
		classes.forEach((type) -> {
			String feature = featureOf(type);
			if (feature != null) {
				features.add(feature);
			}
		});
		return features;
	}

	private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> resideInAFeature() {
		return com.tngtech.archunit.base.DescribedPredicate.describe("reside in a feature",
				(type) -> featureOf(type) != null);
	}

	private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> resideInAFeatureOtherThanTheCores() {
		return com.tngtech.archunit.base.DescribedPredicate.describe("reside in a feature other than the cores",
				(type) -> featureOf(type) != null && !CORES.contains(featureOf(type)));
	}

	private static ArchCondition<JavaClass> useOnlyTheirOwnFeaturesPersistence() {
		return new ArchCondition<>("use only their own feature's repositories and entities, and the cores'") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String own = featureOf(type);
				if (own == null) {
					return;
				}
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					String other = featureOf(target);
					boolean persistence = target.isAnnotatedWith(Entity.class)
							|| target.isAssignableTo(Repository.class);
					if (persistence && other != null && !other.equals(own) && !CORES.contains(other)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static ArchCondition<JavaClass> bePublicOnlyWhenUsedFromAnotherPackage() {
		return new ArchCondition<>("be public only when used from another package") {
			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				boolean usedOutside = repository.getDirectDependenciesToSelf()
					.stream()
					.anyMatch((d) -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()));
				boolean isPublic = repository.getModifiers()
					.contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC);
				if (isPublic && !usedOutside) {
					events.add(SimpleConditionEvent.violated(repository,
							repository.getName() + " is public, but nothing outside its package uses it"));
				}
			}
		};
	}

}
