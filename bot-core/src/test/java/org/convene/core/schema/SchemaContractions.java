package org.convene.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the released schema with the one after newer migrations and lists every change that could break the
 * released code still running beside the new one: anything it reads gone or retyped, a write it makes now refused,
 * a function it calls gone, changed or rewritten. New tables, nullable or defaulted columns, new functions and new
 * indexes are expansions and are not listed.
 */
final class SchemaContractions {

    /** One change that the released code may not survive; {@code key} names the object, as the allow-list does. */
    record Contraction(String key, String problem) {

        @Override
        public String toString() {
            return key + " - " + problem;
        }
    }

    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    private SchemaContractions() {
    }

    static List<Contraction> between(SchemaCatalog released, SchemaCatalog next) {
        List<Contraction> found = new ArrayList<>();
        for (String relation : released.relations()) {
            if (!next.relations().contains(relation)) {
                found.add(new Contraction("table " + relation, "dropped or renamed; the released code uses it"));
            }
        }
        for (Map.Entry<String, SchemaCatalog.Column> entry : released.columns().entrySet()) {
            columnChange(entry.getKey(), entry.getValue(), next.columns().get(entry.getKey()), found);
        }
        for (Map.Entry<String, SchemaCatalog.Column> entry : next.columns().entrySet()) {
            SchemaCatalog.Column column = entry.getValue();
            if (released.relations().contains(column.relation()) && !released.columns().containsKey(entry.getKey())
                    && column.notNull() && !column.hasDefault()) {
                found.add(new Contraction("column " + entry.getKey(),
                        "added NOT NULL without a default; the released code's inserts leave it out"));
            }
        }
        for (Map.Entry<String, SchemaCatalog.Function> entry : released.functions().entrySet()) {
            functionChange(entry.getKey(), entry.getValue(), next.functions().get(entry.getKey()), found);
        }
        for (String label : released.enumLabels()) {
            if (!next.enumLabels().contains(label)) {
                found.add(new Contraction("enum " + label, "label removed; the released code may write it"));
            }
        }
        for (String rule : released.rules()) {
            if (rule.contains("UNIQUE") && !next.rules().contains(rule)) {
                found.add(new Contraction("rule " + rule, "removed; the released code's ON CONFLICT may need it"));
            }
        }
        for (String rule : next.rules()) {
            String relation = rule.substring(0, rule.indexOf(':'));
            if (released.relations().contains(relation) && !released.rules().contains(rule)) {
                found.add(new Contraction("rule " + rule,
                        "added to a released table; the released code's writes may break it"));
            }
        }
        return found;
    }

    private static void columnChange(String name, SchemaCatalog.Column before, SchemaCatalog.Column after,
                                     List<Contraction> found) {
        String key = "column " + name;
        if (after == null) {
            found.add(new Contraction(key, "dropped or renamed; the released code reads or writes it"));
            return;
        }
        if (!before.type().equals(after.type()) && !widens(before.type(), after.type())) {
            found.add(new Contraction(key, "type changed from " + before.type() + " to " + after.type()));
        }
        if (!before.notNull() && after.notNull() && !after.hasDefault()) {
            found.add(new Contraction(key, "made NOT NULL without a default; the released code may leave it empty"));
        }
        if (after.notNull() && before.hasDefault() && !after.hasDefault()) {
            found.add(new Contraction(key, "lost its default; the released code's inserts leave it out"));
        }
    }

    private static void functionChange(String signature, SchemaCatalog.Function before, SchemaCatalog.Function after,
                                       List<Contraction> found) {
        String key = "function " + signature;
        if (after == null) {
            found.add(new Contraction(key, "dropped or its arguments changed; the released code calls it"));
        } else if (!before.result().equals(after.result())) {
            found.add(new Contraction(key, "now returns " + after.result() + " instead of " + before.result()));
        } else if (!before.body().equals(after.body())) {
            found.add(new Contraction(key, "body replaced; the released code calls it, so add a function under a"
                    + " new name, or allow this one as a compatible replacement"));
        }
    }

    /** A longer varchar, or text in place of a varchar: every value the released code writes or reads still fits. */
    private static boolean widens(String before, String after) {
        Matcher old = VARCHAR.matcher(before);
        if (!old.matches()) {
            return false;
        }
        if (after.equals("text") || after.equals("character varying")) {
            return true;
        }
        Matcher wider = VARCHAR.matcher(after);
        return wider.matches() && Integer.parseInt(wider.group(1)) >= Integer.parseInt(old.group(1));
    }
}
