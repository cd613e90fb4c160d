package org.convene.core.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * What code can see of the {@code public} schema, read from PostgreSQL's catalogs: relations, columns with their
 * types, nullability and defaults, functions with their signatures, results and bodies, enum labels, and the
 * constraints and unique indexes that decide which writes succeed. Flyway's own history table is left out.
 */
record SchemaCatalog(Set<String> relations, Map<String, Column> columns, Map<String, Function> functions,
        Set<String> enumLabels, Set<String> rules) {

    /** One column: its type as PostgreSQL prints it, whether it refuses nulls, whether it has a default. */
    record Column(String relation, String type, boolean notNull, boolean hasDefault) {
    }

    /** One function, keyed by name and argument types: what it returns and its body. */
    record Function(String result, String body) {
    }

    private static final String RELATIONS = """
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and c.relname <> 'flyway_schema_history'
            """;

    static SchemaCatalog read(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Set<String> relations = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery("select c.relname " + RELATIONS)) {
                while (rows.next()) {
                    relations.add(rows.getString(1));
                }
            }
            Map<String, Column> columns = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                           a.atthasdef or a.attidentity <> '' or a.attgenerated <> ''
                    from pg_attribute a join pg_class c on c.oid = a.attrelid
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
                      and c.relname <> 'flyway_schema_history' and a.attnum > 0 and not a.attisdropped""")) {
                while (rows.next()) {
                    columns.put(rows.getString(1) + "." + rows.getString(2), new Column(rows.getString(1),
                            rows.getString(3), rows.getBoolean(4), rows.getBoolean(5)));
                }
            }
            Map<String, Function> functions = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    select p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                           coalesce(pg_get_function_result(p.oid), ''), p.prosrc
                    from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public'""")) {
                while (rows.next()) {
                    functions.put(rows.getString(1), new Function(rows.getString(2), rows.getString(3)));
                }
            }
            Set<String> enumLabels = new TreeSet<>();
            try (ResultSet rows = statement.executeQuery("""
                    select t.typname || '.' || e.enumlabel from pg_enum e join pg_type t on t.oid = e.enumtypid
                    join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public'""")) {
                while (rows.next()) {
                    enumLabels.add(rows.getString(1));
                }
            }
            return new SchemaCatalog(relations, columns, functions, enumLabels, rules(statement));
        } catch (SQLException failure) {
            throw new IllegalStateException("could not read the schema's catalog", failure);
        }
    }

    /**
     * Constraints and unique indexes, each as "relation: definition" without its name, so a renamed but equal rule
     * stays the same rule. A unique index that backs a constraint is counted once, as the constraint.
     */
    private static Set<String> rules(Statement statement) throws SQLException {
        Set<String> rules = new TreeSet<>();
        try (ResultSet rows = statement.executeQuery("""
                select c.relname, pg_get_constraintdef(k.oid) from pg_constraint k
                join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relname <> 'flyway_schema_history'
                union
                select c.relname, regexp_replace(pg_get_indexdef(x.indexrelid), '^CREATE UNIQUE INDEX \\S+ ON ', '')
                from pg_index x join pg_class c on c.oid = x.indrelid join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and x.indisunique and c.relname <> 'flyway_schema_history'
                  and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)""")) {
            while (rows.next()) {
                rules.add(rows.getString(1) + ": " + rows.getString(2));
            }
        }
        return rules;
    }
}
