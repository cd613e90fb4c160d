package org.convene.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * A data source that counts the statements sent through it: every execution of a statement, and every commit and
 * rollback, since each is a round trip to the server; executions are also counted by their SQL.
 */
public final class CountingDataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch");
    private static final Set<String> ENDINGS = Set.of("commit", "rollback");

    private final DataSource target;
    private final boolean counting;
    private final AtomicLong statements = new AtomicLong();
    private final Map<String, LongAdder> executionsBySql = new ConcurrentHashMap<>();

    public CountingDataSource(DataSource target) {
        this(target, true);
    }

    private CountingDataSource(DataSource target, boolean counting) {
        this.target = target;
        this.counting = counting;
    }

    /** One that hands out the data source itself and counts nothing, for load measurements. */
    public static CountingDataSource off(DataSource target) {
        return new CountingDataSource(target, false);
    }

    /** The counting view of the data source. */
    public DataSource dataSource() {
        if (!counting) {
            return target;
        }
        return (DataSource) proxy(DataSource.class, target, (method, arguments, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, this::connectionResult) : result);
    }

    public long statements() {
        if (!counting) {
            throw new IllegalStateException("this data source counts no statements");
        }
        return statements.get();
    }

    /**
     * How many executions ran SQL containing {@code fragment} (such as {@code "from talk_call"}), whether prepared
     * with it or given it when run.
     */
    public long executionsOf(String fragment) {
        statements();
        return executionsBySql.entrySet().stream().filter(entry -> entry.getKey().contains(fragment))
                .mapToLong(entry -> entry.getValue().sum()).sum();
    }

    private Object connectionResult(Method method, Object[] arguments, Object result) {
        if (ENDINGS.contains(method.getName())) {
            statements.incrementAndGet();
        }
        if (result instanceof Statement statement) {
            Class<?> type = method.getReturnType();
            String prepared = arguments != null && arguments.length > 0 && arguments[0] instanceof String sql ? sql : "";
            return proxy(type, statement, (called, given, value) -> {
                if (EXECUTIONS.contains(called.getName())) {
                    statements.incrementAndGet();
                    String sql = given != null && given.length > 0 && given[0] instanceof String text ? text : prepared;
                    executionsBySql.computeIfAbsent(sql, key -> new LongAdder()).increment();
                }
                return value;
            });
        }
        return result;
    }

    private interface AfterCall {
        Object after(Method method, Object[] arguments, Object result) throws Exception;
    }

    private static Object proxy(Class<?> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, arguments) -> {
            try {
                return after.after(method, arguments, method.invoke(target, arguments));
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        };
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
