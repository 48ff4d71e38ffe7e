package se.krimflow.system;

import se.krimflow.forms.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the intake API as {@code application/problem+json}:
 * {@code {"type","title","status","detail","errors":[{"field","message"}]}}; never a stack trace.
 */
@RestControllerAdvice(basePackages = "se.krimflow")
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        return problem(e.status(), e.title(), e.getMessage(), e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String message = mapping instanceof InvalidFormatException || mapping instanceof MismatchedInputException
                    ? "Värdet har fel format eller typ."
                    : "Värdet kunde inte läsas.";
            return problem(HttpStatus.BAD_REQUEST, "Ogiltig begäran", "En uppgift har fel format.",
                    List.of(new FieldProblem(field, message)));
        }
        return problem(HttpStatus.BAD_REQUEST, "Ogiltig begäran", "Begäran är inte giltig JSON.", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ogiltig begäran", "En parameter har fel format.",
                List.of(new FieldProblem(e.getName(), "Värdet har fel format.")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Ogiltig begäran", "En parameter saknas.",
                List.of(new FieldProblem(e.getParameterName(), "Uppgiften saknas.")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Fel innehållstyp", "Skicka application/json.", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Metoden stöds inte", "Metoden stöds inte här.", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Finns inte", "Adressen finns inte.", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Ingen behörighet", "Din grupp får inte göra detta.", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // The exception's message may carry personal data (a name, a personnummer in an SQL
        // statement): log the types and stack frames only, never a message.
        log.error("Unexpected error in the API: {}", withoutMessages(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internt fel",
                "Något gick fel. Inget har sparats; försök igen eller kontakta systemförvaltaren.", List.of());
    }

    /** The exception chain as types and stack frames, without any message. */
    static String withoutMessages(Throwable e) {
        StringBuilder out = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            out.append(t == e ? "" : "\nCaused by: ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 40); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > 40) {
                out.append("\n\t... ").append(frames.length - 40).append(" more");
            }
        }
        return out.toString();
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            List<FieldProblem> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, title, detail, errors));
    }
}
