package httpapi

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"namebot/pkg/namebot"
)

// Body returns the raw request body, refusing one over the route's cap.
func (r *Request) Body() ([]byte, error) {
	raw := r.Event.Body
	// base64 inflates by 4/3: refuse early before decoding a huge body.
	if len(raw) > r.limit*4/3+4 {
		return nil, tooLarge(r.limit)
	}
	var body []byte
	if r.Event.IsBase64Encoded {
		b, err := base64.StdEncoding.DecodeString(raw)
		if err != nil {
			return nil, namebot.Errorf(namebot.EINVALID, "invalid_body")
		}
		body = b
	} else {
		body = []byte(raw)
	}
	if len(body) > r.limit {
		return nil, tooLarge(r.limit)
	}
	return body, nil
}

func tooLarge(limit int) error { return namebot.Errorf(namebot.ETOOLARGE, "body_too_large", limit) }

// MediaType returns the request's media type, lower-case, without params.
func (r *Request) MediaType() string {
	ct := header(r.Event, "content-type")
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return "invalid"
	}
	return mt
}

// Decode reads a JSON body into v strictly: the body must be UTF-8 JSON
// of v's shape, one value, no unknown fields, every field of the right type,
// object keys exactly the field names (encoding/json alone also takes
// "Email" for "email") and no key twice in one object (encoding/json alone
// keeps the last), at every level. An empty body decodes as {} when
// allowEmpty.
func (r *Request) Decode(v any, allowEmpty bool) error {
	body, err := r.Body()
	if err != nil {
		return err
	}
	if mt := r.MediaType(); mt != "" && mt != "application/json" {
		return namebot.Errorf(namebot.EINVALID, "unsupported_media")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		if allowEmpty {
			return nil
		}
		return namebot.Errorf(namebot.EINVALID, "invalid_json")
	}
	return decodeJSON(body, v)
}

func decodeJSON(body []byte, v any) error {
	if !utf8.Valid(body) {
		return namebot.Errorf(namebot.EINVALID, "invalid_utf8")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return namebot.Errorf(namebot.EINVALID, "invalid_json")
	}
	return checkKeys(body, v)
}

func decodeError(err error) error {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		f := namebot.FieldErrors{}
		field := typeErr.Field
		if field == "" {
			return namebot.Errorf(namebot.EINVALID, "invalid_body")
		}
		f.Add(field, "wrong_type", typeErr.Type.String())
		return f.Err()
	}
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
		f := namebot.FieldErrors{}
		f.Add(strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`), "unknown_field")
		return f.Err()
	}
	return namebot.Errorf(namebot.EINVALID, "invalid_json")
}
