package org.masthead.web;

import io.javalin.Javalin;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.masthead.Masthead;
import org.masthead.Newsroom;
import org.masthead.articles.PublicationScheduler;
import org.masthead.config.Settings;
import org.masthead.demo.DemoContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Masthead.Version.class,
        description = "Run the web server (migrates the database first).")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: MASTHEAD_HTTP_PORT or 8080)")
    Integer port;

    @Option(names = "--demo", description = "fill an empty database with demo articles, sections and pictures")
    boolean demo;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = Masthead.of(spec).settings();
        if (port != null) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be from 0 to 65535");
            settings = settings.withPort(port);
        }
        Newsroom newsroom = new Newsroom(settings, Clock.systemUTC());
        if (demo) new DemoContent(newsroom).loadIfEmpty();
        PublicationScheduler scheduler = new PublicationScheduler(newsroom.articles, 15);
        Javalin app = WebApp.create(newsroom).start();
        LOG.info("Masthead is ready at http://{}:{}/ ({})", settings.host(), app.port(),
                settings.databaseUrlWithoutPassword());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            scheduler.close();
            newsroom.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
