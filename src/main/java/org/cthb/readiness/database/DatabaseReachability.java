package org.cthb.readiness.database;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, before Liquibase and Hibernate try, that an external database answers on the network, so that a
 * wrong URL or a stopped server ends the start-up with one line naming host and port instead of pages of stack.
 */
public final class DatabaseReachability {

    private static final Pattern URL = Pattern.compile(
            "^jdbc:(?:mariadb|mysql):(?:(?:sequential|loadbalance|replication|failover|load-balance-read):)?//([^/?]+).*$");
    private static final int DEFAULT_PORT = 3306;
    private static final int TIMEOUT_MS = 3000;

    private DatabaseReachability() {
    }

    /** Passes when at least one host of the URL accepts a connection; otherwise explains the first failure. */
    public static void check(String jdbcUrl) {
        List<String[]> hosts = hosts(jdbcUrl);
        String firstFailure = null;
        for (String[] host : hosts) {
            String failure = tryConnect(host[0], Integer.parseInt(host[1]));
            if (failure == null) {
                return;
            }
            if (firstFailure == null) {
                firstFailure = "Database unreachable at " + host[0] + ":" + host[1]
                        + " (from quarkus.datasource.jdbc.url): " + failure;
            }
        }
        if (firstFailure != null) {
            throw new EmbeddedDatabaseException(firstFailure);
        }
    }

    private static List<String[]> hosts(String jdbcUrl) {
        Matcher matcher = URL.matcher(jdbcUrl == null ? "" : jdbcUrl.trim());
        if (!matcher.matches()) {
            throw new EmbeddedDatabaseException("quarkus.datasource.jdbc.url must be a MariaDB JDBC URL such as "
                    + "jdbc:mariadb://host:3306/cthb, not " + jdbcUrl);
        }
        List<String[]> hosts = new ArrayList<>();
        for (String part : matcher.group(1).split(",")) {
            if (part.startsWith("address=") || part.startsWith("[")) {
                return List.of(); // Exotic address forms: leave the check to the driver.
            }
            String[] hostPort = part.split(":", 2);
            hosts.add(new String[]{hostPort[0], hostPort.length > 1 ? hostPort[1] : String.valueOf(DEFAULT_PORT)});
        }
        return hosts;
    }

    private static String tryConnect(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            return null;
        } catch (UnknownHostException e) {
            return "unknown host";
        } catch (SocketTimeoutException e) {
            return "no answer within " + TIMEOUT_MS / 1000 + " s";
        } catch (ConnectException e) {
            return "Connection refused";
        } catch (IOException | IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
