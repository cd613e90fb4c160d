package org.convene.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core knows no platform and no container; its inner layers know nothing of the store. */
@AnalyzeClasses(packages = "org.convene.core", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRuleTest {

    @ArchTest
    static final ArchRule coreUsesNoPlatformOrContainerType = noClasses().that().resideInAPackage("org.convene.core..")
            .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "com.slack..", "com.google.inject..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOutside = noClasses().that().resideInAPackage("..core.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.usecase..", "..core.port..",
                    "..core.store..", "..core.command..", "..core.reply..", "java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule useCasesReachTheStoreOnlyThroughPorts = noClasses().that()
            .resideInAnyPackage("..core.usecase..", "..core.command..", "..core.reply..")
            .should().dependOnClassesThat().resideInAnyPackage("..core.store..", "java.sql..", "javax.sql..");
}
