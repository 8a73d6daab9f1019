package httpapi_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"namebot/pkg/app"
	"namebot/pkg/app/model"
	"namebot/pkg/auth"
	"namebot/pkg/config"
	"namebot/pkg/dynamo"
	"namebot/pkg/httpapi"
)

// The route fuzzers send arbitrary requests through every function's real
// handler (httpapi routing, authentication, Request.Decode/Form/Limit, the
// services' validation, the offline model) over stores that answer
// without I/O: DynamoDB calls succeed and echo back a plausible item, S3
// answers 404 to reads. Whatever the input: no panic, no 5xx, every error
// in the error shape, every body JSON.

const (
	fuzzUser  = "01a21800-0000-7000-8000-000000000001"
	fuzzOther = "01a21800-0000-7000-8000-000000000002"
	fuzzID    = "01a21800-0000-7000-8000-0000000000aa"
)

func attrS(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }
func attrN(v string) types.AttributeValue { return &types.AttributeValueMemberN{Value: v} }
func attrB(v bool) types.AttributeValue   { return &types.AttributeValueMemberBOOL{Value: v} }

// echoAPI answers every DynamoDB call at once with a plausible item.
type echoAPI struct {
	tables config.Tables
	hash   string // the fuzz user's password hash ("abc12345")
}

func keyS(k map[string]types.AttributeValue, name string) string {
	if v, ok := k[name].(*types.AttributeValueMemberS); ok {
		return v.Value
	}
	return ""
}

func (e *echoAPI) item(table string, key map[string]types.AttributeValue) map[string]types.AttributeValue {
	now := attrS(time.Now().UTC().Format(time.RFC3339Nano))
	it := map[string]types.AttributeValue{}
	for k, v := range key {
		it[k] = v
	}
	switch table {
	case e.tables.Users:
		pk := keyS(key, "pk")
		id, ok := strings.CutPrefix(pk, "user#")
		if !ok {
			return nil // no email claims, no throttle records
		}
		it["id"], it["email"], it["nickname"] = attrS(id), attrS("fuzz@example.com"), attrS("fuzz")
		it["password_hash"], it["is_manager"], it["created_at"], it["updated_at"] = attrS(e.hash), attrB(false), now, now
	case e.tables.Chats:
		it["language"], it["convention"], it["title"], it["created_at"], it["updated_at"] = attrS("Python"), attrS("PEP 8"), attrS("t"), now, now
	case e.tables.Posts:
		it["feed"], it["category"], it["title"], it["content"] = attrS("all"), attrS("chat"), attrS("t"), attrS("c")
		it["author_id"], it["author_nickname"], it["view_count"], it["created_at"], it["updated_at"] = attrS(fuzzUser), attrS("fuzz"), attrN("1"), now, now
	case e.tables.Sessions:
		it["user_id"], it["token_hash"], it["revoked"], it["created_at"] = attrS(fuzzUser), attrS("x"), attrB(false), now
		exp := attrN("9999999999")
		it["expires_at"], it["family_expires_at"] = exp, exp
	case e.tables.Counters:
		it["used"] = attrN("1")
	default:
		return nil // messages and send requests: none stored
	}
	return it
}

func (e *echoAPI) GetItem(_ context.Context, in *dynamodb.GetItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	return &dynamodb.GetItemOutput{Item: e.item(*in.TableName, in.Key)}, nil
}

func (e *echoAPI) BatchGetItem(_ context.Context, in *dynamodb.BatchGetItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	out := &dynamodb.BatchGetItemOutput{Responses: map[string][]map[string]types.AttributeValue{}}
	for table, ka := range in.RequestItems {
		for _, key := range ka.Keys {
			if it := e.item(table, key); it != nil {
				out.Responses[table] = append(out.Responses[table], it)
			}
		}
	}
	return out, nil
}

func (e *echoAPI) PutItem(context.Context, *dynamodb.PutItemInput, ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	return &dynamodb.PutItemOutput{}, nil
}

func (e *echoAPI) UpdateItem(_ context.Context, in *dynamodb.UpdateItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.UpdateItemOutput, error) {
	it := e.item(*in.TableName, in.Key)
	if it == nil {
		it = map[string]types.AttributeValue{}
	}
	return &dynamodb.UpdateItemOutput{Attributes: it}, nil
}

func (e *echoAPI) DeleteItem(context.Context, *dynamodb.DeleteItemInput, ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	return &dynamodb.DeleteItemOutput{}, nil
}

func (e *echoAPI) Query(context.Context, *dynamodb.QueryInput, ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	return &dynamodb.QueryOutput{}, nil
}

func (e *echoAPI) BatchWriteItem(context.Context, *dynamodb.BatchWriteItemInput, ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	return &dynamodb.BatchWriteItemOutput{}, nil
}

// s3NotFound answers every S3 read 404 and every write 200, at once.
type s3NotFound struct{}

func (s3NotFound) RoundTrip(r *http.Request) (*http.Response, error) {
	status := http.StatusOK
	if r.Method == http.MethodGet {
		status = http.StatusNotFound
	}
	return &http.Response{StatusCode: status, Body: io.NopCloser(strings.NewReader("")), Header: http.Header{}, Request: r}, nil
}

type fuzzDeps struct {
	apis   map[string]*httpapi.API // function logical id -> handler
	tokens map[int]string          // auth mode -> bearer value
}

var (
	fuzzOnce  sync.Once
	fuzzState *fuzzDeps
	fuzzErr   error
)

func deps(f *testing.F) *fuzzDeps {
	dir := f.TempDir()
	fuzzOnce.Do(func() {
		cfg, err := config.FromEnv(func(k string) string {
			return map[string]string{"JWT_KEY_FILE": filepath.Join(dir, "jwt.key"), "S3_ENDPOINT": "http://s3.invalid"}[k]
		})
		if err != nil {
			fuzzErr = err
			return
		}
		light := auth.Argon2Params{Memory: 64, Time: 1, Threads: 1}
		hash, err := auth.NewHasher(light).Hash(context.Background(), "abc12345")
		if err != nil {
			fuzzErr = err
			return
		}
		echo := &echoAPI{tables: cfg.Tables, hash: hash}
		awsCfg := aws.Config{Region: "us-east-1", Credentials: credentials.NewStaticCredentialsProvider("x", "x", "")}
		d, err := app.NewDeps(context.Background(), cfg, awsCfg, app.Options{
			WrapDynamo: func(dynamo.API) dynamo.API { return echo },
			Argon2:     &light,
			Log:        slog.New(slog.NewTextHandler(io.Discard, nil)),
			Parts:      model.All,
		})
		if err != nil {
			fuzzErr = err
			return
		}
		d.Images.HTTP = &http.Client{Transport: s3NotFound{}}
		st := &fuzzDeps{apis: map[string]*httpapi.API{}, tokens: map[int]string{}}
		for id, build := range d.Functions() {
			st.apis[id] = build()
		}
		for mode, sub := range map[int]string{1: fuzzUser, 2: fuzzOther} {
			tok, err := d.Tokens.Issue(sub, fuzzID)
			if err != nil {
				fuzzErr = err
				return
			}
			st.tokens[mode] = tok
		}
		fuzzState = st
	})
	if fuzzErr != nil {
		f.Fatal(fuzzErr)
	}
	return fuzzState
}

var contentTypes = []string{
	"application/json", "", "application/json; charset=utf-8", "application/x-www-form-urlencoded",
	"text/plain", "multipart/form-data; boundary=x", `application/json; charset="`, "APPLICATION/JSON",
}

// fuzzRoutes fuzzes the routes of one function.
func fuzzRoutes(f *testing.F, function string, seeds []string) {
	d := deps(f)
	api := d.apis[function]
	keys := api.RouteKeys()
	for i := range keys {
		for j, body := range seeds {
			f.Add(uint8(i), uint8(j%3), uint8(0), []byte(body), "", "")
			f.Add(uint8(i), uint8(1), uint8(j%len(contentTypes)), []byte(body), fuzzID, "limit=2&cursor=eyJpZCI6IjAxYTIxODAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDBhYSJ9")
		}
	}
	f.Fuzz(func(t *testing.T, route, authMode, ct uint8, body []byte, id, query string) {
		key := keys[int(route)%len(keys)]
		ev := events.APIGatewayV2HTTPRequest{
			Version: "2.0", RouteKey: key, Headers: map[string]string{},
			RequestContext: events.APIGatewayV2HTTPRequestContext{RouteKey: key, RequestID: "fuzz"},
		}
		ctype := contentTypes[int(ct)%len(contentTypes)]
		if ctype != "" {
			ev.Headers["content-type"] = ctype
		}
		switch authMode % 4 {
		case 1, 2:
			ev.Headers["authorization"] = "Bearer " + d.tokens[int(authMode%4)]
		case 3:
			ev.Headers["authorization"] = "Bearer " + id
		}
		if strings.Contains(key, "{") {
			name := "chatId"
			if strings.Contains(key, "{postId}") {
				name = "postId"
			}
			v := id
			if v == "" {
				v = fuzzID
			}
			ev.PathParameters = map[string]string{name: v}
		}
		if q, err := url.ParseQuery(query); err == nil && len(q) > 0 {
			ev.RawQueryString = query
			ev.QueryStringParameters = map[string]string{}
			for k, v := range q {
				ev.QueryStringParameters[k] = strings.Join(v, ",")
			}
		}
		ev.Cookies = []string{httpapi.RefreshCookie + "=" + id}
		if len(body) > 0 {
			if utf8.Valid(body) && !strings.HasPrefix(ctype, "multipart") {
				ev.Body = string(body)
			} else {
				ev.Body, ev.IsBase64Encoded = base64.StdEncoding.EncodeToString(body), true
			}
		}
		resp, err := api.Handle(context.Background(), ev)
		if err != nil {
			t.Fatalf("%s: handler error %v", key, err)
		}
		if resp.StatusCode < 200 || resp.StatusCode >= 500 {
			t.Fatalf("%s: status %d for body %q (auth %d, id %q, query %q): %s", key, resp.StatusCode, body, authMode%4, id, query, resp.Body)
		}
		if resp.StatusCode == http.StatusNoContent {
			return
		}
		if !strings.HasPrefix(resp.Headers["Content-Type"], "application/json") {
			t.Fatalf("%s: %d with Content-Type %q", key, resp.StatusCode, resp.Headers["Content-Type"])
		}
		var out map[string]any
		if err := json.Unmarshal([]byte(resp.Body), &out); err != nil {
			t.Fatalf("%s: %d body is not a JSON object: %v: %s", key, resp.StatusCode, err, resp.Body)
		}
		if resp.StatusCode < 300 && decodesBody[key] && hasDuplicateKey(body) {
			t.Fatalf("%s: %d for a body with a duplicate key: %q", key, resp.StatusCode, body)
		}
		if resp.StatusCode < 300 {
			checkShown(t, key, out)
		}
		if resp.StatusCode >= 400 {
			e, _ := out["error"].(map[string]any)
			code, _ := e["code"].(string)
			msg, _ := e["message"].(string)
			if code == "" || msg == "" || httpapi.StatusOf(code) != resp.StatusCode {
				t.Fatalf("%s: %d without the error shape: %s", key, resp.StatusCode, resp.Body)
			}
		}
	})
}

func FuzzAccountsRoutes(f *testing.F) {
	fuzzRoutes(f, "AccountsFunction", []string{
		`{"email":"a@example.com","password":"abc12345","password2":"abc12345","nickname":"닉네임"}`,
		`{"email":"fuzz@example.com","password":"abc12345"}`,
		"email=fuzz%40example.com&password=abc12345",
		`{"refresh":"01a21800-0000-7000-8000-0000000000aa.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}`,
		`{"nickname":"새 이름","current_password":"abc12345","new_password":"new12345","new_password2":"new12345"}`,
		`{"password":"abc12345"}`, `{}`, ``, `{"email":12}`, `[]`, `{"is_manager":true}`, "{\"nickname\":\"a\x00b\"}",
		`{"nickname":"\u202enimda"}`, `{"nickname":"\u3164\u3164"}`, `{"nickname":"\u200b\u2800\u3000"}`, `{"Nickname":"닉네임"}`,
		`{"email":"fuzz@example.com","password":"x","password":"abc12345"}`, `{"Email":"fuzz@example.com","Password":"abc12345"}`,
		`{"email":"a@example.com","password":"abc12345","password2":"abc12345","nickname":"\u2067nimda\u2069"}`,
		`{"email":"jose\u0301@example.com","password":"abc12345","password2":"abc12345","nickname":"\u1112\u1161\u11ab\u1100\u1173\u11af"}`,
	})
}

func FuzzChatRoutes(f *testing.F) {
	fuzzRoutes(f, "ChatFunction", []string{
		`{"language":"Python","convention":"PEP 8","title":"방"}`, `{"language":"Go"}`, `{"language":null}`,
		`{"language":"` + strings.Repeat("가", 41) + `"}`, `{}`, ``, `{"user_id":"x"}`,
		`{"language":"\u200b\u200b"}`, `{"language":"Go","title":"\u3164\u3164"}`, `{"language":"Go","convention":"\u2800"}`,
		`{"language":"Go","language":"Python"}`, `{"Language":"Go"}`, `{"language":"Py\u200bthon","title":"\ufeff\u202e방"}`,
	})
}

func FuzzChatSendRoute(f *testing.F) {
	fuzzRoutes(f, "ChatSendFunction", []string{
		`{"content":"사칙연산을 위한 변수명 추천해줘","client_message_id":"m-1"}`, `{"content":"names for a retry counter"}`,
		`{"content":"","client_message_id":"../x"}`, `{"content":"hi","is_user":false}`, `{"content":1}`, ``,
		`{"content":"\u200b\u200b\u200b"}`, `{"content":"\u3164\n\u2800\n\u115f\u1160"}`, `{"content":"hi","content":"names"}`,
		`{"Content":"names for a retry counter"}`, `{"content":"\u1112\u1161\u11ab\u1100\u1173\u11af 변수명 \ud83d\udc69\u200d\ud83d\udcbb"}`,
	})
}

func FuzzBoardRoutes(f *testing.F) {
	fuzzRoutes(f, "BoardFunction", []string{
		`{"title":"제목","content":"본문","category":"question"}`, `{"title":"t","content":"c","category":"notice"}`,
		`{"title":"t","content":"c","category":"chat","image_key":"uploads/` + fuzzUser + `/` + fuzzID + `.png"}`,
		`{"image_key":null}`, `{"content_type":"image/png","size":1234}`, `{"content_type":"image/svg+xml","size":-1}`,
		`{}`, ``, `{"author":"x"}`,
		`{"title":"\u3164\u3164","content":"c","category":"chat"}`, `{"title":"t","content":"\u200b\u2800","category":"chat"}`,
		`{"title":"t","title":"u","content":"c","category":"chat"}`, `{"Title":"t","content":"c","category":"chat"}`,
		`{"content_type":"image/png","size":1,"size":2}`, `{"title":"\uffa0"}`,
	})
}

func FuzzNamingRoute(f *testing.F) {
	fuzzRoutes(f, "NamingFunction", []string{
		`{"language":"Python","convention":"PEP 8","names":["getUserList","usr_cnt","sayongjaList"]}`,
		`{"language":"Java","names":["MaxRetry"],"kind":"constant"}`, `{"language":"Ruby","names":["admin?","valid"],"kind":"boolean"}`,
		`{"language":"Go","names":[]}`, `{"language":"Go","names":["` + strings.Repeat("a", 101) + `"]}`, `{"names":[1]}`,
		`{"language":"PHP","names":["$x","<script>","사용자"],"kind":"method"}`, `{}`, ``, `[]`,
	})
}

// decodesBody are the routes whose handler reads a JSON body.
var decodesBody = map[string]bool{
	"POST /api/accounts/signup": true, "POST /api/accounts/login": true, "POST /api/accounts/token/refresh": true,
	"POST /api/accounts/logout": true, "PATCH /api/accounts/profile": true, "DELETE /api/accounts/profile": true,
	"POST /api/chat": true, "POST /api/chat/{chatId}": true, "POST /api/board": true, "PATCH /api/board/{postId}": true,
	"POST /api/board/images": true,
}

// hasDuplicateKey reports whether body is JSON with a key twice in one
// object, at any level (an independent check: encoding/json's tokens).
func hasDuplicateKey(body []byte) bool {
	type frame struct {
		object, wantKey bool
		keys            map[string]bool
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if k, ok := tok.(string); ok && top != nil && top.object && top.wantKey {
			if top.keys[k] {
				return true
			}
			top.keys[k], top.wantKey = true, false
			continue
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		if top != nil && top.object {
			top.wantKey = true // this token starts the value
		}
		if d, ok := tok.(json.Delim); ok {
			stack = append(stack, &frame{object: d == '{', wantKey: true, keys: map[string]bool{}})
		}
	}
}

// checkShown: text an accepted request stores and shows is never blank,
// and a nickname never carries a bidi embedding, override or isolate.
func checkShown(t *testing.T, route string, v any) {
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			checkShown(t, route, e)
		}
	case map[string]any:
		for k, e := range v {
			if s, ok := e.(string); ok {
				switch k {
				case "nickname", "title", "language", "content":
					if s != "" && strings.TrimFunc(s, looksLikeNothing) == "" {
						t.Fatalf("%s: accepted and shows an invisible %s %q", route, k, s)
					}
				}
				if k == "nickname" && strings.ContainsAny(s, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
					t.Fatalf("%s: accepted a nickname with a bidi control %q", route, s)
				}
				continue
			}
			checkShown(t, route, e)
		}
	}
}

func looksLikeNothing(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F:
		return true
	}
	return unicode.IsSpace(r) || unicode.In(r, unicode.Cf, unicode.Variation_Selector)
}
