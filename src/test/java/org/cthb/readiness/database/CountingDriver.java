package org.cthb.readiness.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The MariaDB driver, with every statement the service sends counted at the JDBC level: Hibernate's queries,
 * native queries and the plain JDBC of the readiness queries alike (Hibernate's statistics would miss the last).
 * A test profile names it as the datasource's driver ({@link StatementCounting}).
 */
public class CountingDriver implements Driver {

    private static final List<String> RECORDED = new ArrayList<>();
    private static volatile boolean recording;

    private final Driver delegate = new org.mariadb.jdbc.Driver();

    /** Starts counting afresh. */
    public static synchronized void start() {
        RECORDED.clear();
        recording = true;
    }

    /** Stops counting and returns the statements sent since {@link #start()}, in order. */
    public static synchronized List<String> stop() {
        recording = false;
        return List.copyOf(RECORDED);
    }

    private static synchronized void record(String sql) {
        if (recording) {
            RECORDED.add(Thread.currentThread().getName() + ": " + sql);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = delegate.connect(url, info);
        return connection == null ? null : (Connection) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(),
                new Class<?>[]{Connection.class}, new Handler(connection, null));
    }

    /** Wraps the connection and the statements it makes; counts each execution. */
    private record Handler(Object target, String sql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Statement && name.startsWith("execute")) {
                record(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : name);
            }
            if ("unwrap".equals(name) && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
                return proxy;
            }
            if ("isWrapperFor".equals(name) && args[0] instanceof Class<?> type && type.isInstance(proxy)) {
                return true;
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof Connection && result instanceof Statement) {
                Class<?> type = result instanceof CallableStatement ? CallableStatement.class
                        : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                String text = name.startsWith("prepare") && args != null && args.length > 0 ? String.valueOf(args[0])
                        : null;
                return Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[]{type},
                        new Handler(result, text));
            }
            return result;
        }
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegate.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return delegate.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return delegate.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return delegate.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }
}
