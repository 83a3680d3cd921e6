package org.masthead.demo;

import java.util.Random;

/**
 * Words for the demo's generated discussions, written for the demo: readers of a local paper, and sentence pieces
 * that fit any story about the city's trams, prices or budget. Joined at random, they read like comments.
 */
final class DemoFragments {
    /** Name and email; the first ones are the regulars who come back again and again. */
    static final String[][] READERS = {
        {"harbourman", "harbourman@example.org"}, {"Anna Lindqvist", "anna-lindqvist@example.org"},
        {"Walter Brinkman", "walter-brinkman@example.org"}, {"Marit Olsen", "marit.olsen@example.net"},
        {"Kasper Nyberg", "kasper-nyberg@example.org"}, {"Eastgate Mum", "eastgate.mum@example.com"},
        {"Vira Kovalenko", "vira-kovalenko@example.org"}, {"Dmitri Sokolov", "dmitri-sokolov@example.org"},
        {"J. Okafor", "j.okafor@example.com"}, {"Pieter de Wit", "pieter.dewit@example.net"},
        {"Lena Fischer", "lena.fischer@example.org"}, {"old ropewalker", "ropewalker@example.com"},
        {"Sunita Rao", "sunita.rao@example.org"}, {"Tomasz Wójcik", "t.wojcik@example.net"},
        {"Olena Hrytsenko", "olena.h@example.com"}, {"Henrik Dahl", "henrik.dahl@example.org"},
        {"Mia Santos", "mia.santos@example.net"}, {"Ruairí Byrne", "ruairi.byrne@example.com"},
        {"Ingrid Berg", "ingrid.berg@example.org"}, {"tramfan58", "tramfan58@example.com"},
        {"Agnes Kowalczyk", "agnes.k@example.org"}, {"Yusuf Demir", "yusuf.demir@example.net"},
        {"Сергій Ткаченко", "serhii.tkachenko@example.org"}, {"Claire Moreau", "claire.moreau@example.com"},
        {"Bram Visser", "bram.visser@example.org"}, {"Hanne Lund", "hanne.lund@example.net"},
        {"Наталья Орлова", "natalia.orlova@example.com"}, {"George Ellis", "george.ellis@example.org"},
        {"Saltmarsh Cyclist", "cyclist@example.net"}, {"Fatima Zahra", "fatima.zahra@example.com"},
        {"Nils Ek", "nils.ek@example.org"}, {"Rosa Jiménez", "rosa.jimenez@example.net"},
        {"library regular", "library.regular@example.com"}, {"Piotr Nowak", "piotr.nowak@example.org"},
        {"Aoife Kelly", "aoife.kelly@example.net"}, {"Jonas Weber", "jonas.weber@example.com"},
    };
    private static final String[] OPENERS = {
        "Good piece.", "Thanks for covering this.", "I have read this twice now.", "Not sure I agree.",
        "Finally someone asks the obvious question.", "As someone who lives in Eastgate,", "Honestly?",
        "This matches what I see every morning.", "I was at the council meeting.", "Long-time reader, first comment.",
        "My neighbour said the same thing yesterday.", "Interesting, but", "Let me play devil's advocate.",
        "Some context from someone who worked at the port:", "I used to defend the council on this.",
    };
    private static final String[] POINTS = {
        "the numbers in the third paragraph surprised me", "nobody seems to have asked the people who actually use it",
        "the same promise was made five years ago", "it is always the outer districts that wait longest",
        "the cost keeps going up while the service goes down", "this will hit pensioners hardest",
        "the council could publish the full figures and let us judge", "the opposition voted for this in 2023",
        "the timetable on paper and the timetable in real life are two different things",
        "small shops on Marsh Road are already struggling", "my rent went up by more than the official rate",
        "the library is the only warm place some people have in winter", "we pay for this twice, once in tax and once in fares",
        "a proper consultation would have avoided half of this", "the contractor has done this on every project",
        "the average hides the people at the bottom", "students and night-shift workers are left out again",
        "there is money for consultants but not for opening hours", "the harbour side of town always comes last",
    };
    private static final String[] CLOSERS = {
        "Would love a follow-up.", "Someone should ask the mayor directly.", "Let's see what happens in spring.",
        "I will believe it when I see it.", "Keep reporting on this, please.", "That is all I wanted to say.",
        "Happy to be proven wrong.", "Vote accordingly.", "Rant over.", "", "", "",
    };
    private static final String[] REPLY_OPENERS = {
        "Exactly this.", "I see it differently:", "Fair point, but", "Source?", "You are not wrong, although",
        "Agreed.", "With respect,", "Have you actually tried it?", "That is not what the article says:",
        "Thank you for saying this.", "Ha, true.", "Same here.",
    };
    private static final String[] IN_OTHER_LANGUAGES = {
        "Дякую за статтю, дуже на часі.", "Згодна. Бібліотека для нас — другий дім.",
        "Спасибо, очень полезный разбор.", "Трамвай обещают уже много лет, а воз и ныне там.",
        "А хто рахував, скільки це коштуватиме?", "Полностью согласна, цены растут быстрее зарплат.",
    };

    private DemoFragments() {}

    static String comment(Random random, boolean reply) {
        if (random.nextInt(20) == 0) return pick(random, IN_OTHER_LANGUAGES);
        String opener = reply && random.nextBoolean() ? pick(random, REPLY_OPENERS) : pick(random, OPENERS);
        String point = pick(random, POINTS);
        boolean continues = !opener.endsWith(".") && !opener.endsWith("?"); // "Fair point, but" the point goes on
        String sentence = opener + " " + (continues ? point : Character.toUpperCase(point.charAt(0)) + point.substring(1)) + ".";
        if (random.nextInt(4) == 0) sentence += " And *" + pick(random, POINTS) + "*.";
        String closer = pick(random, CLOSERS);
        return closer.isEmpty() ? sentence : sentence + " " + closer;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
