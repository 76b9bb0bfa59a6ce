package dev.adolink.server.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions become API answers: {@link ApiException} as it says, Spring MVC's
 * own errors (unreadable JSON, wrong parameter types, unknown paths, wrong methods) as 4xx naming
 * the field, and everything else as a logged 500 that reveals nothing.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final TomcatServerProperties tomcat;

  ApiExceptionHandler(TomcatServerProperties tomcat) {
    this.tomcat = tomcat;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiError> handleApi(ApiException e) {
    return ResponseEntity.status(e.status()).body(e.body());
  }

  /** A unique constraint hit by a concurrent request that passed the service's own check. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ApiError> handleConflict(DataIntegrityViolationException e) {
    log.info("request conflicts with stored data: {}", e.getMostSpecificCause().getMessage());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(ApiError.of("The request conflicts with existing data; reload and try again"));
  }

  /**
   * Thrown by Tomcat from the first {@code getParameter} call, see {@link ParameterLimitFilter}.
   */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ApiError> handleInvalidParameters(HttpServletRequest request) {
    return ResponseEntity.badRequest()
        .body(ParameterLimitFilter.invalidParameters(request, tomcat.getMaxParameterCount()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> handleUnexpected(Exception e) {
    log.error("unexpected error", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(ApiError.of("Internal server error"));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (RequestSizeLimitFilter.isTooLarge(e)) {
      return reply(HttpStatus.PAYLOAD_TOO_LARGE, RequestSizeLimitFilter.tooLarge());
    }
    return reply(HttpStatus.BAD_REQUEST, JsonErrors.describe(e));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      errors.putIfAbsent(error.getField(), String.valueOf(error.getDefaultMessage()));
    }
    if (errors.isEmpty()) {
      return reply(HttpStatus.BAD_REQUEST, ApiError.of("Invalid request body"));
    }
    return reply(HttpStatus.BAD_REQUEST, ApiException.invalid(errors).body());
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.getParameterValidationResults()
        .forEach(
            result ->
                errors.putIfAbsent(
                    String.valueOf(result.getMethodParameter().getParameterName()),
                    String.valueOf(result.getResolvableErrors().get(0).getDefaultMessage())));
    return reply(HttpStatus.BAD_REQUEST, ApiException.invalid(errors).body());
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    Class<?> type = e.getRequiredType();
    String expected = type == null ? "a valid value" : JsonErrors.typeName(type);
    return reply(
        HttpStatus.BAD_REQUEST,
        ApiException.invalid(String.valueOf(name), "must be " + expected).body());
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return reply(
        HttpStatus.BAD_REQUEST, ApiException.invalid(e.getParameterName(), "is required").body());
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (fromBrowser(request)) {
      // The error page (templates/error.html) through the servlet container's error dispatch.
      HttpServletResponse response =
          request instanceof ServletWebRequest servlet ? servlet.getResponse() : null;
      if (response != null) {
        try {
          response.sendError(HttpStatus.NOT_FOUND.value());
          return null;
        } catch (java.io.IOException failed) {
          log.debug("could not send the 404 page", failed);
        }
      }
    }
    return reply(
        HttpStatus.NOT_FOUND,
        ApiError.of("No endpoint " + e.getHttpMethod() + " /" + e.getResourcePath()));
  }

  /**
   * A page asked for by a browser (it accepts HTML), outside the API's paths: API clients, which
   * accept JSON or anything, keep the JSON answer.
   */
  private static boolean fromBrowser(WebRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    String path =
        request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
    return accept != null
        && accept.contains("text/html")
        && !path.startsWith("/api/")
        && !path.startsWith("/extensions/");
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(status)
        .headers(headers)
        .body(ApiError.of("Method " + e.getMethod() + " is not allowed here"));
  }

  /** Every other Spring MVC exception keeps its status and gets our body. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (status.is5xxServerError()) {
      log.error("request failed", e);
      return ResponseEntity.status(status)
          .headers(headers)
          .body(ApiError.of("Internal server error"));
    }
    String detail =
        e instanceof ErrorResponse response && response.getBody().getDetail() != null
            ? response.getBody().getDetail()
            : HttpStatus.valueOf(status.value()).getReasonPhrase();
    return ResponseEntity.status(status).headers(headers).body(ApiError.of(detail));
  }

  private static ResponseEntity<Object> reply(HttpStatus status, ApiError error) {
    return ResponseEntity.status(status).body(error);
  }
}
