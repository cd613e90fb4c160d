package org.convene.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The adapters never see each other nor the store, and Guice lives in the composition root alone. */
@AnalyzeClasses(packages = "org.convene", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule discordNeverUsesSlack = noClasses().that().resideInAPackage("org.convene.discord..")
            .should().dependOnClassesThat().resideInAnyPackage("org.convene.slack..", "com.slack..");

    @ArchTest
    static final ArchRule slackNeverUsesDiscord = noClasses().that().resideInAPackage("org.convene.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("org.convene.discord..", "net.dv8tion..");

    @ArchTest
    static final ArchRule guiceOnlyInTheCompositionRoot = noClasses().that()
            .resideInAnyPackage("org.convene.core..", "org.convene.discord..", "org.convene.slack..")
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

    @ArchTest
    static final ArchRule adaptersHoldNoSql = noClasses().that()
            .resideInAnyPackage("org.convene.discord..", "org.convene.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.convene.core.store..");

    @ArchTest
    static final ArchRule feedsAreAThinWebAdapter = noClasses().that().resideInAPackage("org.convene.feeds..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.convene.core.store..",
                    "org.convene.discord..", "org.convene.slack..", "com.google.inject..");

    @ArchTest
    static final ArchRule platformHttpServesBothAdaptersAndKnowsNeither = noClasses().that()
            .resideInAPackage("org.convene.platform..").should().dependOnClassesThat().resideInAnyPackage(
                    "org.convene.discord..", "org.convene.slack..", "net.dv8tion..", "com.slack..",
                    "org.convene.core.store..", "com.google.inject..");
}
