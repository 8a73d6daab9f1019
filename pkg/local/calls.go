package local

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"

	"namebot/pkg/config"
)

// AWSCall is one call a function made to AWS, as IAM authorizes it.
type AWSCall struct {
	Function string // template logical id; "" outside any function (setup, tests)
	Action   string // dynamodb:Query, s3:PutObject, ssm:GetParameter
	Resource string // ARN: a table, an index, a bucket, an object, a parameter
}

func (c AWSCall) String() string {
	f := c.Function
	if f == "" {
		f = "(no function)"
	}
	return f + " " + c.Action + " " + c.Resource
}

// CallRecorder records the distinct AWS calls each function makes through
// the local stack, so that a test can hold them against the function's
// policy in template.yaml (CheckCalls): a permission missing from the
// template then fails here instead of on AWS. The local server tells it
// which function handles a request (the request's context carries the
// function's logical id into every SDK and signed call the handler makes).
// It sees DynamoDB and SSM calls (JSON protocol, X-Amz-Target), S3 calls
// (path-style REST), and the uploads a browser makes with a URL that a
// function presigned, which S3 authorizes as the signer's call.
type CallRecorder struct {
	Env   AWSEnv
	mu    sync.Mutex
	calls map[AWSCall]int
	// presigned maps the signature of a URL a function handed out to it.
	presigned map[string]string
}

// NewCallRecorder returns an empty recorder that names resources in env.
func NewCallRecorder(env AWSEnv) *CallRecorder {
	return &CallRecorder{Env: env, calls: map[AWSCall]int{}, presigned: map[string]string{}}
}

// Calls returns the distinct calls recorded so far, sorted.
func (r *CallRecorder) Calls() []AWSCall {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]AWSCall, 0, len(r.calls))
	for c := range r.calls {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// Record adds a call.
func (r *CallRecorder) Record(c AWSCall) {
	r.mu.Lock()
	r.calls[c]++
	r.mu.Unlock()
}

type functionKey struct{}

// WithFunction marks ctx as running in function id (the local server does
// it for every request it hands to a handler).
func WithFunction(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, functionKey{}, id)
}

// FunctionOf returns the function ctx runs in ("" outside any).
func FunctionOf(ctx context.Context) string {
	id, _ := ctx.Value(functionKey{}).(string)
	return id
}

// Transport wraps base so that every AWS call through it is recorded.
func (r *CallRecorder) Transport(base http.RoundTripper) http.RoundTripper {
	if base == nil {
		base = http.DefaultTransport
	}
	return recording{r: r, base: base}
}

type recording struct {
	r    *CallRecorder
	base http.RoundTripper
}

func (t recording) RoundTrip(req *http.Request) (*http.Response, error) {
	fn := FunctionOf(req.Context())
	// A RoundTripper must not change the caller's request: parse a clone
	// whose body, once read, is handed on in its place.
	req = req.Clone(req.Context())
	calls, err := t.r.parse(req, "")
	if err != nil {
		// Unknown traffic must not pass unchecked.
		calls = []AWSCall{{Action: "unknown", Resource: err.Error()}}
	}
	for _, c := range calls {
		c.Function = fn
		t.r.Record(c)
	}
	return t.base.RoundTrip(req)
}

// parse turns an HTTP request to DynamoDB, SSM or S3 into the IAM calls it
// is authorized as. pathPrefix is stripped from S3 paths (/s3 locally).
func (r *CallRecorder) parse(req *http.Request, pathPrefix string) ([]AWSCall, error) {
	target := req.Header.Get("X-Amz-Target")
	switch {
	case strings.HasPrefix(target, "DynamoDB_20120810."):
		return r.dynamoCalls(req, strings.TrimPrefix(target, "DynamoDB_20120810."))
	case target == "AmazonSSM.GetParameter":
		var in struct{ Name string }
		if err := readJSON(req, &in); err != nil {
			return nil, err
		}
		return []AWSCall{{Action: "ssm:GetParameter", Resource: r.Env.ParameterARN(in.Name)}}, nil
	case target != "":
		return nil, fmt.Errorf("call %s not understood by the recorder", target)
	}
	return r.s3Calls(req, pathPrefix)
}

func (r *CallRecorder) dynamoCalls(req *http.Request, op string) ([]AWSCall, error) {
	var in struct {
		TableName    string
		IndexName    string
		RequestItems map[string]json.RawMessage
	}
	if err := readJSON(req, &in); err != nil {
		return nil, err
	}
	action := "dynamodb:" + op
	if len(in.RequestItems) > 0 { // BatchGetItem, BatchWriteItem: one authorization per table
		var out []AWSCall
		for table := range in.RequestItems {
			out = append(out, AWSCall{Action: action, Resource: r.Env.TableARN(table)})
		}
		return out, nil
	}
	if in.TableName == "" { // ListTables
		return []AWSCall{{Action: action, Resource: "*"}}, nil
	}
	res := r.Env.TableARN(in.TableName)
	if in.IndexName != "" {
		res += "/index/" + in.IndexName
	}
	return []AWSCall{{Action: action, Resource: res}}, nil
}

// s3Calls reads a path-style S3 request (/bucket/key).
func (r *CallRecorder) s3Calls(req *http.Request, pathPrefix string) ([]AWSCall, error) {
	p := strings.TrimPrefix(req.URL.Path, pathPrefix)
	bucket, key, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	if bucket == "" {
		return nil, fmt.Errorf("S3 request %s %s without a bucket", req.Method, req.URL.Path)
	}
	if key == "" {
		switch req.Method {
		case http.MethodGet, http.MethodHead: // ListObjects(V2), HeadBucket
			return []AWSCall{{Action: "s3:ListBucket", Resource: r.Env.BucketARN(bucket)}}, nil
		}
		return nil, fmt.Errorf("S3 bucket request %s %s not understood by the recorder", req.Method, req.URL.Path)
	}
	obj := r.Env.ObjectARN(bucket, key)
	switch req.Method {
	case http.MethodGet, http.MethodHead:
		return []AWSCall{{Action: "s3:GetObject", Resource: obj}}, nil
	case http.MethodDelete:
		return []AWSCall{{Action: "s3:DeleteObject", Resource: obj}}, nil
	case http.MethodPut:
		out := []AWSCall{{Action: "s3:PutObject", Resource: obj}}
		if src := req.Header.Get("X-Amz-Copy-Source"); src != "" {
			src, err := url.PathUnescape(strings.TrimPrefix(src, "/"))
			if err != nil {
				return nil, fmt.Errorf("S3 copy source %q: %w", src, err)
			}
			sb, sk, _ := strings.Cut(src, "/")
			out = append(out, AWSCall{Action: "s3:GetObject", Resource: r.Env.ObjectARN(sb, sk)})
		}
		return out, nil
	}
	return nil, fmt.Errorf("S3 object request %s %s not understood by the recorder", req.Method, req.URL.Path)
}

// readJSON decodes a request body and puts it back for the transport.
func readJSON(req *http.Request, v any) error {
	if req.Body == nil {
		return fmt.Errorf("%s: no body", req.Header.Get("X-Amz-Target"))
	}
	raw, err := io.ReadAll(req.Body)
	req.Body.Close()
	if err != nil {
		return fmt.Errorf("%s: read body: %w", req.Header.Get("X-Amz-Target"), err)
	}
	req.Body = io.NopCloser(bytes.NewReader(raw))
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(raw)), nil }
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: body: %w", req.Header.Get("X-Amz-Target"), err)
	}
	return nil
}

var signatureParam = regexp.MustCompile(`X-Amz-Signature=([0-9a-f]{64})`)

// handedOut remembers the presigned URLs in a function's response.
func (r *CallRecorder) handedOut(fn, body string) {
	for _, m := range signatureParam.FindAllStringSubmatch(body, -1) {
		r.mu.Lock()
		r.presigned[m[1]] = fn
		r.mu.Unlock()
	}
}

// Presigned wraps the local S3's handler (mounted under prefix): a request
// with a presigned URL is recorded as a call of the function that signed
// it, since S3 authorizes it with the signer's permissions.
func (r *CallRecorder) Presigned(prefix string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if sig := req.URL.Query().Get("X-Amz-Signature"); sig != "" {
			r.mu.Lock()
			fn, ok := r.presigned[sig]
			r.mu.Unlock()
			calls, err := r.parse(req, prefix)
			if err != nil {
				calls = []AWSCall{{Action: "unknown", Resource: err.Error()}}
			}
			for _, c := range calls {
				if ok {
					c.Function = fn
				}
				r.Record(c)
			}
		}
		h.ServeHTTP(w, req)
	})
}

// nameResources sets the physical names of the template's resources as the
// stack configured them: a resource the functions' environment names with
// !Ref (USERS_TABLE: !Ref UsersTable) is called what the configuration
// read from that variable.
func (r *CallRecorder) nameResources(t *Template, cfg config.Config) {
	byVar := map[string]string{
		"USERS_TABLE": cfg.Tables.Users, "SESSIONS_TABLE": cfg.Tables.Sessions, "COUNTERS_TABLE": cfg.Tables.Counters,
		"CHATS_TABLE": cfg.Tables.Chats, "MESSAGES_TABLE": cfg.Tables.Messages, "POSTS_TABLE": cfg.Tables.Posts,
		"IMAGES_BUCKET": cfg.ImagesBucket,
	}
	env, _ := t.Globals["Environment"].(map[string]any)
	vars, _ := env["Variables"].(map[string]any)
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.Env.Region == "" {
		r.Env.Region = cfg.Region
	}
	if r.Env.Names == nil {
		r.Env.Names = map[string]string{}
	}
	for k, v := range vars {
		ref, _ := v.(map[string]any)
		id, _ := ref["Ref"].(string)
		if name, ok := byVar[k]; ok && id != "" {
			r.Env.Names[id] = name
		}
	}
}
