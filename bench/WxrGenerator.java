import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes a WordPress export (WXR 1.2, in the exporter's own layout) of POSTS posts and COMMENTS threaded
 * comments for bench/import.sh: block markup, categories with a parent in the channel, tags, and discussions
 * that nest up to five levels. Deterministic (fixed seed) and written for the benchmark, not taken from anywhere.
 * Usage: java bench/WxrGenerator.java OUT.xml [POSTS] [COMMENTS]
 */
public class WxrGenerator {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] WORDS = ("council harbour ferry budget river library school tram bridge market "
            + "weather flood street quay residents teachers station museum park festival road repairs vote plan "
            + "evening morning town hall week month year new old north south east west").split(" ");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int posts = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int comments = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("""
                    <?xml version="1.0" encoding="UTF-8" ?>
                    <rss version="2.0"
                    \txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                    \txmlns:content="http://purl.org/rss/1.0/modules/content/"
                    \txmlns:wfw="http://wellformedweb.org/CommentAPI/"
                    \txmlns:dc="http://purl.org/dc/elements/1.1/"
                    \txmlns:wp="http://wordpress.org/export/1.2/"
                    >
                    <channel>
                    \t<title>Benchmark Gazette</title>
                    \t<link>https://bench.example.org</link>
                    \t<wp:wxr_version>1.2</wp:wxr_version>
                    \t<wp:base_site_url>https://bench.example.org</wp:base_site_url>
                    \t<wp:base_blog_url>https://bench.example.org</wp:base_blog_url>
                    \t<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[editor]]></wp:author_login><wp:author_email><![CDATA[editor@bench.example.org]]></wp:author_email><wp:author_display_name><![CDATA[Bench Editor]]></wp:author_display_name><wp:author_first_name><![CDATA[]]></wp:author_first_name><wp:author_last_name><![CDATA[]]></wp:author_last_name></wp:author>
                    \t<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename><![CDATA[local]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Local]]></wp:cat_name></wp:category>
                    \t<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename><![CDATA[city-hall]]></wp:category_nicename><wp:category_parent><![CDATA[local]]></wp:category_parent><wp:cat_name><![CDATA[City Hall]]></wp:cat_name></wp:category>
                    """);
            LocalDateTime start = LocalDateTime.of(2015, 1, 1, 8, 0);
            long commentId = 100_000;
            int left = comments;
            for (int p = 1; p <= posts; p++) {
                LocalDateTime at = start.plusHours(6L * p);
                int count = p == posts ? left : Math.min(left, random.nextInt(2 * comments / posts + 1));
                left -= count;
                String slug = "story-" + p + "-" + word(random) + "-" + word(random);
                w.write("\t<item>\n\t\t<title><![CDATA[" + capital(sentence(random, 7)) + "]]></title>\n");
                w.write("\t\t<link>https://bench.example.org/" + at.toLocalDate().toString().replace('-', '/') + "/" + slug + "/</link>\n");
                w.write("\t\t<dc:creator><![CDATA[editor]]></dc:creator>\n");
                w.write("\t\t<guid isPermaLink=\"false\">https://bench.example.org/?p=" + p + "</guid>\n");
                w.write("\t\t<content:encoded><![CDATA[");
                for (int b = 0; b < 6; b++) {
                    w.write(b == 2 ? "<!-- wp:heading -->\n<h2>" + capital(sentence(random, 4)) + "</h2>\n<!-- /wp:heading -->\n\n"
                            : "<!-- wp:paragraph -->\n<p>" + capital(sentence(random, 40)) + ".</p>\n<!-- /wp:paragraph -->\n\n");
                }
                w.write("]]></content:encoded>\n\t\t<excerpt:encoded><![CDATA[" + capital(sentence(random, 20)) + ".]]></excerpt:encoded>\n");
                w.write("\t\t<wp:post_id>" + p + "</wp:post_id>\n");
                w.write("\t\t<wp:post_date><![CDATA[" + DATE.format(at) + "]]></wp:post_date>\n");
                w.write("\t\t<wp:post_date_gmt><![CDATA[" + DATE.format(at) + "]]></wp:post_date_gmt>\n");
                w.write("\t\t<wp:comment_status><![CDATA[open]]></wp:comment_status>\n");
                w.write("\t\t<wp:post_name><![CDATA[" + slug + "]]></wp:post_name>\n");
                w.write("\t\t<wp:status><![CDATA[publish]]></wp:status>\n\t\t<wp:post_parent>0</wp:post_parent>\n");
                w.write("\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n\t\t<wp:is_sticky>0</wp:is_sticky>\n");
                w.write("\t\t<category domain=\"category\" nicename=\"" + (p % 2 == 0 ? "city-hall" : "local") + "\"><![CDATA["
                        + (p % 2 == 0 ? "City Hall" : "Local") + "]]></category>\n");
                String tag = word(random);
                w.write("\t\t<category domain=\"post_tag\" nicename=\"" + tag + "\"><![CDATA[" + tag + "]]></category>\n");
                long first = commentId;
                int[] depth = new int[count];
                for (int c = 0; c < count; c++) {
                    long id = commentId++;
                    // Replies mostly to one of the last few comments, up to five levels deep, as real discussions go.
                    long parent = 0;
                    if (c > 0 && random.nextInt(10) < 6) {
                        int candidate = c - 1 - random.nextInt(Math.min(c, 4));
                        if (depth[candidate] < 4) {
                            parent = first + candidate;
                            depth[c] = depth[candidate] + 1;
                        }
                    }
                    LocalDateTime cat = at.plusMinutes(5L + 3L * c);
                    w.write("\t\t<wp:comment>\n\t\t\t<wp:comment_id>" + id + "</wp:comment_id>\n");
                    w.write("\t\t\t<wp:comment_author><![CDATA[Reader " + (id % 5000) + "]]></wp:comment_author>\n");
                    w.write("\t\t\t<wp:comment_author_email><![CDATA[reader" + (id % 5000) + "@example.org]]></wp:comment_author_email>\n");
                    w.write("\t\t\t<wp:comment_author_url></wp:comment_author_url>\n");
                    w.write("\t\t\t<wp:comment_author_IP><![CDATA[192.0.2." + (id % 250) + "]]></wp:comment_author_IP>\n");
                    w.write("\t\t\t<wp:comment_date><![CDATA[" + DATE.format(cat) + "]]></wp:comment_date>\n");
                    w.write("\t\t\t<wp:comment_date_gmt><![CDATA[" + DATE.format(cat) + "]]></wp:comment_date_gmt>\n");
                    w.write("\t\t\t<wp:comment_content><![CDATA[" + capital(sentence(random, 25)) + ".]]></wp:comment_content>\n");
                    w.write("\t\t\t<wp:comment_approved><![CDATA[" + (random.nextInt(50) == 0 ? "0" : "1") + "]]></wp:comment_approved>\n");
                    w.write("\t\t\t<wp:comment_type><![CDATA[comment]]></wp:comment_type>\n");
                    w.write("\t\t\t<wp:comment_parent>" + parent + "</wp:comment_parent>\n\t\t\t<wp:comment_user_id>0</wp:comment_user_id>\n\t\t</wp:comment>\n");
                }
                w.write("\t</item>\n");
            }
            w.write("</channel>\n</rss>\n");
        }
    }

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) sb.append(i == 0 ? "" : " ").append(word(r));
        return sb.toString();
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
