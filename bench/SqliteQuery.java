import java.sql.DriverManager;

/** Prints the first column of a query's rows, for bench scripts on machines without the sqlite3 command. */
class SqliteQuery {
    public static void main(String[] args) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + args[0]); var rs = c.createStatement().executeQuery(args[1])) {
            while (rs.next()) System.out.println(rs.getString(1));
        }
    }
}
