package org.masthead.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.config.Settings.InvalidSettingException;

/** Settings come from defaults, then the configuration file, then MASTHEAD_* environment variables. */
class SettingsTest {
    @TempDir
    Path folder;

    @Test
    void without_any_configuration_masthead_runs_on_sqlite_in_data_on_localhost_8080() throws IOException {
        Settings settings = Settings.load(Map.of("MASTHEAD_CONFIG", file("").toString()));

        assertThat(settings.databaseUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data", "masthead.db"));
        assertThat(settings.isPostgres()).isFalse();
        assertThat(settings.dataDir()).isEqualTo(Path.of("data"));
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.databasePoolSize()).isEqualTo(10);
        assertThat(settings.pageCacheEntries()).isEqualTo(5000);
        assertThat(settings.databaseUser()).isEmpty();
        assertThat(settings.databasePassword()).isEmpty();
    }

    @Test
    void the_environment_overrides_the_file_and_the_file_overrides_the_defaults() throws IOException {
        Path config = file("""
                http.port = 9000
                http.host = 0.0.0.0
                site.base-url = https://news.example.org/
                database.url = jdbc:postgresql://db.example.org/news
                """);
        Map<String, String> env = new HashMap<>(Map.of("MASTHEAD_CONFIG", config.toString(),
                "MASTHEAD_HTTP_PORT", "9100", "MASTHEAD_DATA_DIR", "/srv/masthead", "MASTHEAD_HTTP_HOST", "  "));

        Settings settings = Settings.load(env);

        assertThat(settings.port()).as("environment over file").isEqualTo(9100);
        assertThat(settings.host()).as("a blank variable leaves the file's value").isEqualTo("0.0.0.0");
        assertThat(settings.baseUrl()).as("from the file, without the trailing slash").isEqualTo("https://news.example.org");
        assertThat(settings.databaseUrl()).isEqualTo("jdbc:postgresql://db.example.org/news");
        assertThat(settings.isPostgres()).isTrue();
        assertThat(settings.dataDir()).isEqualTo(Path.of("/srv/masthead"));
        assertThat(settings.pageCacheEntries()).as("default").isEqualTo(5000);
    }

    @Test
    void the_sqlite_file_lives_in_the_data_folder() throws IOException {
        Settings settings = Settings.load(Map.of("MASTHEAD_CONFIG", file("").toString(), "MASTHEAD_DATA_DIR", "/srv/news"));

        assertThat(settings.databaseUrl()).isEqualTo("jdbc:sqlite:" + Path.of("/srv/news", "masthead.db"));
    }

    @Test
    void a_port_that_is_not_a_port_is_refused_with_the_variable_the_value_and_the_range() throws IOException {
        String config = file("").toString();
        for (String port : new String[] {"eighty", "70000", "-1", "80.5", "8080x"}) {
            assertThatThrownBy(() -> Settings.load(Map.of("MASTHEAD_CONFIG", config, "MASTHEAD_HTTP_PORT", port)))
                    .as(port).isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("MASTHEAD_HTTP_PORT").hasMessageContaining("http.port")
                    .hasMessageContaining("'" + port + "'").hasMessageContaining("0 to 65535");
        }
        assertThatThrownBy(() -> Settings.load(Map.of("MASTHEAD_CONFIG", file("http.port=abc").toString())))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("http.port").hasMessageContaining("'abc'");
        assertThatThrownBy(() -> Settings.load(Map.of("MASTHEAD_CONFIG", config, "MASTHEAD_DATABASE_POOL_SIZE", "1")))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("MASTHEAD_DATABASE_POOL_SIZE");
    }

    @Test
    void a_configuration_file_that_was_named_but_is_missing_is_an_error() {
        Path missing = folder.resolve("no-such.properties");

        assertThatThrownBy(() -> Settings.load(Map.of("MASTHEAD_CONFIG", missing.toString())))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("not found")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void a_port_given_on_the_command_line_moves_the_default_address_but_not_a_configured_one() throws IOException {
        String config = file("").toString();
        assertThat(Settings.load(Map.of("MASTHEAD_CONFIG", config)).withPort(9300).baseUrl())
                .isEqualTo("http://localhost:9300");
        assertThat(Settings.load(Map.of("MASTHEAD_CONFIG", config, "MASTHEAD_SITE_BASE_URL", "https://news.example.org"))
                .withPort(9300).baseUrl()).isEqualTo("https://news.example.org");
    }

    @Test
    void the_database_password_never_appears_when_settings_are_printed() throws IOException {
        Map<String, String> env = Map.of("MASTHEAD_CONFIG", file("").toString(),
                "MASTHEAD_DATABASE_URL", "jdbc:postgresql://db.example.org:5432/news?user=masthead&password=url-Secret-1&ssl=true",
                "MASTHEAD_DATABASE_USER", "masthead", "MASTHEAD_DATABASE_PASSWORD", "env-Secret-2");

        Settings settings = Settings.load(env);

        assertThat(settings.databasePassword()).isEqualTo("env-Secret-2");
        assertThat(settings.databaseUrl()).contains("password=url-Secret-1"); // the driver still gets it
        for (String printed : new String[] {settings.toString(), settings.withPort(9400).toString()}) {
            assertThat(printed).doesNotContain("env-Secret-2").doesNotContain("url-Secret-1")
                    .contains("db.example.org:5432/news");
        }
        assertThat(Settings.load(Map.of("MASTHEAD_CONFIG", file("").toString(),
                "MASTHEAD_DATABASE_URL", "jdbc:postgresql://masthead:userinfo-Secret-3@db.example.org/news")).toString())
                .doesNotContain("userinfo-Secret-3").contains("db.example.org/news");
    }

    private Path file(String text) throws IOException {
        Path file = Files.createTempFile(folder, "masthead-", ".properties");
        Files.writeString(file, text);
        return file;
    }
}
