package se.krimflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * Package by feature (STYLE.md): a feature package is every sibling package of se.krimflow except the
 * technical ones (system, forms, deadline), so a new feature package is covered without listing it.
 * Features use {@code cases} and the technical packages, never each other; the technical packages use
 * no feature.
 */
@AnalyzeClasses(packages = "se.krimflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "se.krimflow.";
    static final Set<String> TECHNICAL = Set.of("system", "forms", "deadline");
    /** The one feature that every other feature may use. */
    static final String SHARED_FEATURE = "cases";

    /** The top-level package below se.krimflow, or null for se.krimflow itself and outside it. */
    static String topPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static boolean isFeature(JavaClass type) {
        String top = topPackage(type);
        return top != null && !TECHNICAL.contains(top);
    }

    static final DescribedPredicate<JavaClass> FEATURE = DescribedPredicate.describe(
            "a feature package (se.krimflow.* except " + String.join(", ", TECHNICAL) + ")",
            ArchitectureTest::isFeature);

    static final DescribedPredicate<JavaClass> TECHNICAL_PACKAGE = DescribedPredicate.describe(
            "in " + String.join(", ", TECHNICAL) + " (with subpackages)",
            type -> topPackage(type) != null && TECHNICAL.contains(topPackage(type)));

    /** One slice per feature package other than cases; cases and the technical packages are in none. */
    static final SliceAssignment FEATURES_BUT_CASES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            return isFeature(type) && !SHARED_FEATURE.equals(topPackage(type))
                    ? SliceIdentifier.of(topPackage(type))
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "feature packages other than " + SHARED_FEATURE;
        }
    };

    @ArchTest
    static final ArchRule featuresUseNoOtherFeatureButCases = SlicesRuleDefinition.slices()
            .assignedFrom(FEATURES_BUT_CASES)
            .should().notDependOnEachOther()
            .as("no feature package uses another feature package, except " + SHARED_FEATURE);

    @ArchTest
    static final ArchRule casesUsesNoOtherFeature = noClasses()
            .that().resideInAPackage(ROOT + SHARED_FEATURE + "..")
            .should().dependOnClassesThat(DescribedPredicate.describe("another feature package",
                    (JavaClass type) -> isFeature(type) && !SHARED_FEATURE.equals(topPackage(type))))
            .as(SHARED_FEATURE + " uses no other feature package");

    @ArchTest
    static final ArchRule technicalPackagesUseNoFeature = noClasses()
            .that(TECHNICAL_PACKAGE)
            .should().dependOnClassesThat(FEATURE)
            .as("system, forms and deadline use no feature package");
}
