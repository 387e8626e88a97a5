package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers to requests it refuses before Javalin sees them (a malformed URI or query, an illegal
 * path character, a URI too long) as {@code {"error": ...}}, like every other error of the API, instead of an
 * HTML page. Never a stack trace: only the status's reason phrase and Jetty's short message.
 */
final class JsonErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String reason = HttpStatus.getMessage(code);
        String text = message == null || message.isBlank() || message.equals(reason) ? reason : reason + ": " + message;
        String body = mapper.createObjectNode().put("error", text).toString();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
