package dev.kg.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter, set for the public read endpoints: any origin may query the data from a web
 * page, with the methods a SPARQL query uses. No credentials: nothing public needs them, and a page
 * of another site must not borrow an operator's login.
 */
final class ReadCors extends CrossOriginFilter {
    private static final Map<String, String> PARAMS = Map.of(
            ALLOWED_ORIGINS_PARAM, "*",
            ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
            ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            ALLOW_CREDENTIALS_PARAM, "false");

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return PARAMS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(PARAMS.keySet());
            }
        });
    }
}
