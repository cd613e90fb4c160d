package org.convene.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A data source that counts the statements sent through it: every execution of a statement, and every commit and
 * rollback, since each is a round trip to the server.
 */
public final class CountingDataSource {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch");
    private static final Set<String> ENDINGS = Set.of("commit", "rollback");

    private final DataSource target;
    private final boolean counting;
    private final AtomicLong statements = new AtomicLong();

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
        return (DataSource) proxy(DataSource.class, target, (method, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, this::connectionResult) : result);
    }

    public long statements() {
        if (!counting) {
            throw new IllegalStateException("this data source counts no statements");
        }
        return statements.get();
    }

    private Object connectionResult(Method method, Object result) {
        if (ENDINGS.contains(method.getName())) {
            statements.incrementAndGet();
        }
        if (result instanceof Statement statement) {
            Class<?> type = method.getReturnType();
            return proxy(type, statement, (called, value) -> {
                if (EXECUTIONS.contains(called.getName())) {
                    statements.incrementAndGet();
                }
                return value;
            });
        }
        return result;
    }

    private interface AfterCall {
        Object after(Method method, Object result) throws Exception;
    }

    private static Object proxy(Class<?> type, Object target, AfterCall after) {
        InvocationHandler handler = (self, method, arguments) -> {
            try {
                return after.after(method, method.invoke(target, arguments));
            } catch (InvocationTargetException failure) {
                throw failure.getCause();
            }
        };
        return Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
