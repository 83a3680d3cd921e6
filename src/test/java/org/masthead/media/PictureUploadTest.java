package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.accounts.Role;
import org.masthead.testing.EditorForm;
import org.masthead.testing.DeskClient;
import org.masthead.testing.Fixtures;
import org.masthead.testing.TestDatabase;
import org.masthead.testing.TestServer;

/** Pictures uploaded in the desk: formats, sizes, metadata, and the descriptions a story needs before it goes out. */
class PictureUploadTest {
    private TestServer server;
    private DeskClient editor;

    @BeforeEach
    void start() {
        Map<String, String> env = new HashMap<>(TestDatabase.freshEnvironment());
        env.put("MASTHEAD_MEDIA_MAX_UPLOAD_MB", "1");
        server = TestServer.on(env);
        new Fixtures(server.newsroom).basics();
        editor = DeskClient.signedIn(server, Role.EDITOR, "Erin Editor");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void camera_and_location_data_are_gone_from_every_stored_width() throws IOException {
        byte[] photo = withExif(jpeg(1800, 1200), "GPS 59.4370 N 24.7536 E, camera serial SN-4471-SECRET");
        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains("SN-4471-SECRET");

        HttpResponse<String> response = editor.postMultipart("/desk/media/", Map.of("image_alt", "Cranes at dusk",
                "image_caption", "The port at dusk", "image_credit", "Erin Editor"), "port.jpg", photo, "image/jpeg");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        Image image = server.newsroom.media.search("", 1, 10).images().getFirst();
        assertThat(image.availableWidths()).containsExactly(480, 800, 1200, 1600);
        assertThat(image.originalName()).isEqualTo("port.jpg");
        for (int width : image.availableWidths()) {
            byte[] stored = server.getBytes(image.url(width), Map.of()).body();
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("SN-4471-SECRET").doesNotContain("Exif");
            assertThat(hasSegment(stored, 0xE1)).as("APP1 (EXIF) segment at width " + width).isFalse();
            assertThat(ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(width);
        }
    }

    @Test
    void a_phone_photo_taken_upright_is_stored_upright() throws IOException {
        // A phone held upright stores a landscape grid of pixels and an EXIF note: turn it a quarter clockwise.
        BufferedImage sensor = new BufferedImage(1800, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sensor.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(0, 0, 900, 1200);   // the sensor's left half: the top of the scene
        g.setColor(new Color(30, 30, 200));
        g.fillRect(900, 0, 900, 1200);
        g.dispose();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ImageIO.write(sensor, "jpeg", file);
        byte[] photo = ExifOrientationTest.withOrientation(file.toByteArray(), 6, false);

        HttpResponse<String> response = editor.postMultipart("/desk/media/", Map.of("image_alt", "The town hall",
                "image_caption", "The town hall", "image_credit", "Erin Editor"), "hall.jpg", photo, "image/jpeg");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        Image image = server.newsroom.media.search("hall", 1, 10).images().getFirst();
        assertThat(image.width()).isEqualTo(1200);
        assertThat(image.height()).isEqualTo(1800);
        BufferedImage stored = ImageIO.read(new java.io.ByteArrayInputStream(server.getBytes(image.url(800), Map.of()).body()));
        assertThat(stored.getHeight()).isEqualTo(1200);
        assertThat(new Color(stored.getRGB(400, 300)).getRed()).as("top half red").isGreaterThan(150);
        assertThat(new Color(stored.getRGB(400, 900)).getBlue()).as("bottom half blue").isGreaterThan(150);
    }

    @Test
    void webp_is_accepted_and_stored_as_jpeg() throws IOException {
        byte[] webp;
        try (InputStream in = getClass().getResourceAsStream("/media/checkerboard.webp")) {
            webp = in.readAllBytes();
        }
        HttpResponse<String> response = editor.postMultipart("/desk/media/", Map.of(), "board.webp", webp, "image/webp");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        Image image = server.newsroom.media.search("board", 1, 10).images().getFirst();
        assertThat(image.width()).isEqualTo(320);
        assertThat(image.url(320)).endsWith(".jpg");
        assertThat(server.getBytes(image.url(320), Map.of()).headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
    }

    @Test
    void a_transparent_png_stays_png() throws IOException {
        BufferedImage logo = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(200, 30, 30, 255));
        g.fillOval(50, 20, 300, 160);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", out);

        assertThat(editor.postMultipart("/desk/media/", Map.of(), "logo.png", out.toByteArray(), "image/png").statusCode()).isEqualTo(303);

        Image image = server.newsroom.media.search("logo", 1, 10).images().getFirst();
        BufferedImage stored = ImageIO.read(new java.io.ByteArrayInputStream(server.getBytes(image.url(400), Map.of()).body()));
        assertThat(image.url(400)).endsWith(".png");
        assertThat(new Color(stored.getRGB(0, 0), true).getAlpha()).as("the corner stays transparent").isZero();
    }

    @Test
    void a_file_that_is_not_a_picture_is_refused_with_a_clear_message_and_nothing_stored() {
        HttpResponse<String> response = editor.postMultipart("/desk/media/", Map.of("image_caption", "Minutes"),
                "minutes.jpg", "%PDF-1.7 not a picture at all".getBytes(StandardCharsets.US_ASCII), "image/jpeg");

        assertThat(response.statusCode()).isEqualTo(415);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#picture-error").text()).isEqualTo("That file is not a JPEG, PNG or WebP picture.");
        assertThat(page.select("#image_caption").val()).isEqualTo("Minutes");
        assertThat(server.newsroom.media.search("", 1, 10).total()).isZero();
    }

    @Test
    void an_oversized_file_is_refused_with_a_clear_message_and_nothing_stored() throws IOException {
        byte[] big = new byte[1_500_000];
        System.arraycopy(jpeg(400, 300), 0, big, 0, 100); // looks like a JPEG, but the size decides first
        HttpResponse<String> response = editor.postMultipart("/desk/media/", Map.of("image_alt", "Typed before"),
                "huge.jpg", big, "image/jpeg");

        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#picture-error").text()).contains("larger than 1 MB");
        assertThat(page.select("#image_alt").val()).isEqualTo("Typed before");
        assertThat(server.newsroom.media.search("", 1, 10).total()).isZero();
        assertThat(mediaFiles()).isZero();
    }

    @Test
    void a_story_with_an_undescribed_picture_cannot_be_published_and_nothing_is_stored() throws IOException {
        Map<String, Object> form = EditorForm.article("Cranes stand still", "erin-editor");
        form.put("action", "publish");
        form.put("image_alt", "");
        form.put("image_caption", "Cranes in the port");
        form.put("image_credit", "");

        HttpResponse<String> response = editor.postMultipart("/desk/articles/new/", form, "cranes.jpg", jpeg(800, 600), "image/jpeg");

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#image_alt-error").text()).contains("Describe the picture");
        assertThat(page.select("#image_credit-error").text()).contains("Credit the picture");
        assertThat(page.select("#image_caption").val()).isEqualTo("Cranes in the port");
        assertThat(page.select("#title").val()).isEqualTo("Cranes stand still");
        assertThat(server.newsroom.media.search("", 1, 10).total()).isZero();
        assertThat(mediaFiles()).isZero();

        form.put("image_alt", "Three cranes against a grey sky");
        form.put("image_credit", "Erin Editor");
        HttpResponse<String> published = editor.postMultipart("/desk/articles/new/", form, "cranes.jpg", jpeg(800, 600), "image/jpeg");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(303);
        long id = Long.parseLong(published.headers().firstValue("Location").orElseThrow().replaceAll("\\D+", " ").strip().split(" ")[0]);
        var story = server.newsroom.articles.story(id).orElseThrow();
        Document pub = server.page(story.path());
        assertThat(pub.select("figure.story__figure img").attr("alt")).isEqualTo("Three cranes against a grey sky");
        assertThat(pub.select(".story__credit").text()).contains("Erin Editor");
    }

    @Test
    void the_library_finds_pictures_by_caption_alt_text_or_file_name_and_edits_what_they_say() throws IOException {
        editor.postMultipart("/desk/media/", Map.of("image_caption", "Tram depot at night", "image_alt", "Trams", "image_credit", "E."),
                "depot.jpg", jpeg(600, 400), "image/jpeg");
        editor.postMultipart("/desk/media/", Map.of("image_caption", "Ferry", "image_alt", "A ferry", "image_credit", "E."),
                "IMG_2201.jpg", jpeg(600, 400), "image/jpeg");

        assertThat(editor.page("/desk/media/?q=depot").select(".media-grid__item")).hasSize(1);
        assertThat(editor.page("/desk/media/?q=img_22").select(".media-grid__item p").first().text()).isEqualTo("Ferry");
        assertThat(editor.page("/desk/media/?q=a%20ferry").select(".media-grid__item")).hasSize(1);
        assertThat(editor.page("/desk/media/?q=100%25").select(".media-grid__item")).isEmpty();

        // A published story shows the picture; correcting the caption in the library shows on the story at once.
        Image ferry = server.newsroom.media.search("ferry", 1, 10).images().getFirst();
        long story = new Fixtures(server.newsroom).publish(Fixtures.article("Ferry returns").image(ferry.id()));
        String path = new Fixtures(server.newsroom).path(story);
        assertThat(server.page(path).select(".story__caption").text()).isEqualTo("Ferry");
        HttpResponse<String> saved = editor.post("/desk/media/" + ferry.id() + "/", Map.of("image_alt", "A ferry at the pier",
                "image_caption", "The ferry back at the pier", "image_credit", "Erin Editor"));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(server.page(path).select(".story__caption").text()).isEqualTo("The ferry back at the pier");
    }

    @Test
    void a_picture_from_the_library_becomes_an_articles_featured_picture() throws IOException {
        editor.postMultipart("/desk/media/", Map.of("image_caption", "Depot", "image_alt", "Trams", "image_credit", "E."),
                "depot.jpg", jpeg(600, 400), "image/jpeg");
        Image image = server.newsroom.media.search("", 1, 10).images().getFirst();
        HttpResponse<String> draft = editor.post("/desk/articles/new/", EditorForm.article("Depot story", "erin-editor"));
        String edit = draft.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
        long id = Long.parseLong(edit.replaceAll("\\D", ""));

        Document library = editor.page("/desk/media/?for=" + id);
        assertThat(library.select("form[action=/desk/articles/" + id + "/image/] button")).hasSize(1);
        assertThat(editor.post("/desk/articles/" + id + "/image/", Map.of("image", String.valueOf(image.id()))).statusCode()).isEqualTo(303);

        assertThat(server.newsroom.articles.story(id).orElseThrow().image().id()).isEqualTo(image.id());
        assertThat(server.newsroom.revisions.of(id)).hasSize(2);
    }

    @Test
    void media_pages_are_for_staff_only() {
        DeskClient moderator = DeskClient.signedIn(server, Role.MODERATOR, "Mo Moderator");
        assertThat(moderator.get("/desk/media/").statusCode()).isEqualTo(403);
        assertThat(server.get("/desk/media/").statusCode()).isIn(303, 401);
    }

    static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(40, 90, 140));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(230, 200, 80));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF (APP1) segment holding {@code text} inserted after its start marker, as cameras write it. */
    static byte[] withExif(byte[] jpeg, String text) {
        byte[] tiff = ("MM\0*\0\0\0\b" + text).getBytes(StandardCharsets.ISO_8859_1);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(header);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Whether the JPEG has a segment with this marker before its image data starts. */
    private static boolean hasSegment(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int type = jpeg[i + 1] & 0xFF;
            if (type == marker) return true;
            if (type == 0xDA) return false; // start of scan: no more header segments
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }

    private long mediaFiles() throws IOException {
        Path folder = server.newsroom.media.folder();
        if (!Files.exists(folder)) return 0;
        try (var files = Files.list(folder)) {
            return files.count();
        }
    }
}
