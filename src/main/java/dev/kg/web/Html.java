package dev.kg.web;

import dev.kg.diagram.Xml;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** HTML escaping and the frame every page shares: the navigation bar with its search box. */
final class Html {
    /** The Fuseki UI's query editor for our dataset. */
    static final String QUERY_EDITOR = "/#/dataset/kg/query";
    static final String ARTICLES = "/articles";
    static final String SEARCH = "/search";
    static final String ONTOLOGY = "/ontology";

    private static final String CSS = """
            body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:0;color:#222;line-height:1.6}
            nav{background:#24466b;padding:.4em 1em;display:flex;gap:1.2em;align-items:center;flex-wrap:wrap}
            nav a{color:#fff;text-decoration:none}nav form{margin-left:auto}
            main{max-width:60em;margin:1em auto;padding:0 1em}
            table{border-collapse:collapse;margin:.5em 0}td,th{border-bottom:1px solid #ddd;padding:.2em .6em;text-align:left;vertical-align:top}
            code{font-size:90%;color:#555;word-break:break-all}
            mark{background:#ffe58a}
            .mention{border-bottom:2px solid #4a7ab5;text-decoration:none;color:inherit;background:#eef4fb}
            .mention.person{background:#fdeede;border-color:#d9822b}.mention.org{background:#e6f4ea;border-color:#2e8b57}
            .mention.place{background:#f0e8f8;border-color:#7b4ca0}.mention.event{background:#fff6d6;border-color:#b8860b}
            .text{white-space:pre-wrap;font-size:110%}
            .forms a{margin-right:.8em}.muted{color:#777}
            figure{margin:1em 0;overflow-x:auto}figure svg{max-width:100%;height:auto}figcaption{color:#777;font-size:90%}
            """;

    private Html() {}

    /** Escapes the five XML special characters: safe in text and in quoted attribute values. */
    static String e(String s) {
        return Xml.escape(s);
    }

    /** A complete page: {@code title} is plain text, {@code body} is HTML. */
    static String page(String title, String query, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + e(title) + " · kg</title><style>" + CSS + "</style></head>\n<body>\n"
                + "<nav><a href=\"" + ARTICLES + "\"><b>kg</b> articles</a>"
                + "<a href=\"" + QUERY_EDITOR + "\">SPARQL query editor</a>"
                + "<a href=\"" + ONTOLOGY + "\">ontology</a>"
                + "<form action=\"" + SEARCH + "\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" value=\"" + e(query) + "\" placeholder=\"搜索 search\""
                + " aria-label=\"search\" maxlength=\"" + SearchServlet.MAX_QUERY + "\"> <button>Search</button></form></nav>\n"
                + "<main>\n" + body + "</main>\n</body></html>\n";
    }

    static void send(HttpServletResponse resp, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    /** The 404 page: what was asked for, and where to look instead. */
    static void notFound(HttpServletResponse resp, String what) throws IOException {
        send(resp, HttpServletResponse.SC_NOT_FOUND, page("Not found", "",
                "<h1>Not found</h1>\n<p>Nothing is known about <code>" + e(what) + "</code>.</p>\n"
                        + "<p>Try the <a href=\"" + ARTICLES + "\">list of articles</a> or a search.</p>\n"));
    }
}
