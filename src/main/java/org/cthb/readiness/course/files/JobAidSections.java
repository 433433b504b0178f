package org.cthb.readiness.course.files;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a job aid: four "## " sections (indicators, do, don't, how to report), each a list of "- " bullet
 * points. A job aid is printed on one A4 page, so its shape is fixed and its length bounded; the validator reports
 * anything else with its line, and the PDF renderer reads the same sections.
 */
public final class JobAidSections {

    /** Indicators, do, don't, how to report. */
    public static final int SECTIONS = 4;
    /** Bullet points per section, and characters per bullet point, that still fit one A4 page. */
    public static final int MAX_ITEMS = 6;
    public static final int MAX_ITEM_LENGTH = 200;

    /** A section: its heading and its bullet points, as plain text. */
    public record Section(String heading, List<String> items) {
    }

    private JobAidSections() {
    }

    /** The sections of a valid body (what {@link #check} accepts). */
    public static List<Section> parse(String markdown) {
        return read(markdown, null, null, 0);
    }

    static void check(String file, int bodyLine, String markdown, Problems problems) {
        List<Section> sections = read(markdown, file, problems, bodyLine);
        if (sections.size() != SECTIONS) {
            problems.add(file, bodyLine, "a job aid has exactly " + SECTIONS + " sections ('## ' headings: indicators,"
                    + " do, don't, how to report), not " + sections.size());
        }
    }

    private static List<Section> read(String markdown, String file, Problems problems, int bodyLine) {
        List<Section> sections = new ArrayList<>();
        List<String> items = null;
        StringBuilder item = null;
        String[] lines = markdown.split("\n", -1);
        int sectionLine = bodyLine;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            int at = bodyLine + i;
            if (line.startsWith("## ")) {
                close(items, item);
                item = null;
                checkSection(sections, items, file, sectionLine, problems);
                items = new ArrayList<>();
                sections.add(new Section(line.substring(3).strip(), items));
                sectionLine = at;
            } else if (line.startsWith("- ") && items != null) {
                close(items, item);
                item = new StringBuilder(line.substring(2).strip());
            } else if (line.startsWith("  ") && item != null && !line.isBlank()) {
                item.append(' ').append(line.strip());
            } else if (!line.isBlank() && problems != null) {
                problems.add(file, at, "a job aid holds only '## ' headings and '- ' bullet points under them");
            }
        }
        close(items, item);
        checkSection(sections, items, file, sectionLine, problems);
        if (problems != null) {
            for (Section section : sections) {
                for (String text : section.items()) {
                    if (text.length() > MAX_ITEM_LENGTH) {
                        problems.add(file, bodyLine, "bullet point of '" + section.heading() + "' is " + text.length()
                                + " characters; at most " + MAX_ITEM_LENGTH + " fit the one-page job aid");
                    }
                }
            }
        }
        return sections;
    }

    private static void close(List<String> items, StringBuilder item) {
        if (items != null && item != null) {
            items.add(item.toString().replace("**", ""));
        }
    }

    private static void checkSection(List<Section> sections, List<String> items, String file, int line,
                                     Problems problems) {
        if (problems == null || items == null) {
            return;
        }
        String heading = sections.get(sections.size() - 1).heading();
        if (items.isEmpty()) {
            problems.add(file, line, "section '" + heading + "' has no bullet point");
        } else if (items.size() > MAX_ITEMS) {
            problems.add(file, line, "section '" + heading + "' has " + items.size() + " bullet points; at most "
                    + MAX_ITEMS + " fit the one-page job aid");
        }
    }
}
