package org.militancymonitor.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * Text with its matching parts marked, as segments. PostgreSQL's {@code ts_headline}
 * marks matches with {@link #START} and {@link #STOP}, characters that never occur in the
 * data. {@link #html()} escapes every segment and puts only the marks into HTML, so that
 * a page of results inserts each hit with one expression.
 */
public record Highlighted(List<Segment> segments) {

	static final String START = "\u0002";

	static final String STOP = "\u0003";

	static Highlighted parse(String marked) {
		List<Segment> segments = new ArrayList<>();
		if (marked == null) {
			return new Highlighted(segments);
		}
		int position = 0;
		while (position < marked.length()) {
			int start = marked.indexOf(START, position);
			if (start < 0) {
				segments.add(new Segment(marked.substring(position), false));
				break;
			}
			if (start > position) {
				segments.add(new Segment(marked.substring(position, start), false));
			}
			int stop = marked.indexOf(STOP, start + 1);
			int end = (stop < 0) ? marked.length() : stop;
			segments.add(new Segment(marked.substring(start + 1, end), true));
			position = (stop < 0) ? marked.length() : stop + 1;
		}
		return new Highlighted(segments);
	}

	/** The text, escaped, with each match in {@code <mark>}. */
	public String html() {
		StringBuilder html = new StringBuilder();
		for (Segment segment : this.segments) {
			String text = HtmlUtils.htmlEscape(segment.text(), "UTF-8");
			html.append(segment.match() ? "<mark>" + text + "</mark>" : text);
		}
		return html.toString();
	}

	static Highlighted whole(String text) {
		return new Highlighted(List.of(new Segment(text, true)));
	}

	/**
	 * A run of text, marked when it matched the search.
	 */
	public record Segment(String text, boolean match) {
	}

}
