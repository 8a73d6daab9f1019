package httpapi

import (
	"encoding/json"
	"net/http"
	"strconv"

	"namebot/pkg/namebot"
)

// ErrorBody is the JSON shape of every error.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

// ErrorDetail is the inside of ErrorBody.
type ErrorDetail struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// JSON returns a response with v encoded as JSON.
func JSON(status int, v any) Response {
	body, err := json.Marshal(v)
	if err != nil {
		return Response{StatusCode: http.StatusInternalServerError, Body: `{"error":{"code":"internal","message":"internal"}}`,
			Headers: map[string]string{"Content-Type": "application/json; charset=utf-8"}}
	}
	return Response{StatusCode: status, Body: string(body), Headers: map[string]string{"Content-Type": "application/json; charset=utf-8"}}
}

// NoContent is a 204.
func NoContent() Response {
	return Response{StatusCode: http.StatusNoContent, Headers: map[string]string{}}
}

// ErrorDetailOf renders err for a client in lang. Errors without a code
// become the generic internal message: internal text never leaks.
func ErrorDetailOf(lang namebot.Lang, err error) (int, ErrorDetail, *namebot.Error) {
	e, ok := namebot.AsError(err)
	if !ok {
		e = namebot.Errorf(namebot.EINTERNAL, "internal")
	}
	d := ErrorDetail{Code: e.Code, Message: namebot.Text(lang, e.Key, e.Args...)}
	if len(e.Fields) > 0 {
		d.Fields = make(map[string]string, len(e.Fields))
		for f, p := range e.Fields {
			d.Fields[f] = namebot.Text(lang, p.Key, p.Args...)
		}
	}
	return StatusOf(e.Code), d, e
}

func errorResponse(lang namebot.Lang, err error) Response {
	status, d, e := ErrorDetailOf(lang, err)
	resp := JSON(status, ErrorBody{Error: d})
	if e.RetryAfterSeconds > 0 {
		resp.Headers["Retry-After"] = strconv.Itoa(e.RetryAfterSeconds)
	}
	return resp
}

// ErrorWith returns the error response for err with extra top-level fields
// beside "error" (the send route adds the kept message and the quota).
func ErrorWith(lang namebot.Lang, err error, extra map[string]any) Response {
	status, d, e := ErrorDetailOf(lang, err)
	body := map[string]any{"error": d}
	for k, v := range extra {
		body[k] = v
	}
	resp := JSON(status, body)
	if e.RetryAfterSeconds > 0 {
		resp.Headers["Retry-After"] = strconv.Itoa(e.RetryAfterSeconds)
	}
	return resp
}

// withSecurityHeaders adds the headers every API answer carries. API
// responses are data: no caching, no sniffing, no framing, no scripts.
func withSecurityHeaders(r *Response) {
	if r.Headers == nil {
		r.Headers = map[string]string{}
	}
	h := r.Headers
	h["X-Content-Type-Options"] = "nosniff"
	h["Referrer-Policy"] = "no-referrer"
	h["X-Frame-Options"] = "DENY"
	h["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
	h["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
	if _, ok := h["Cache-Control"]; !ok {
		h["Cache-Control"] = "no-store"
	}
}
