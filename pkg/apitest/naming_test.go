package apitest

import (
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"namebot/pkg/local"
)

// itemCounts scans every table of the stack (a test may Scan; no request
// path does) and returns the number of items in each.
func itemCounts(t *testing.T) map[string]int {
	t.Helper()
	if env.Stack.Dynalite == nil {
		t.Skip("DYNAMODB_ENDPOINT points elsewhere")
	}
	ddb := dynamodb.NewFromConfig(local.AWSConfig("us-east-1"), func(o *dynamodb.Options) {
		o.BaseEndpoint = aws.String(env.Stack.Dynalite.Endpoint)
	})
	out := map[string]int{}
	for name := range env.Stack.Template.Tables {
		in := &dynamodb.ScanInput{TableName: aws.String(name), Select: "COUNT"}
		for {
			page, err := ddb.Scan(context.Background(), in)
			if err != nil {
				t.Fatalf("scan %s: %v", name, err)
			}
			out[name] += int(page.Count)
			if len(page.LastEvaluatedKey) == 0 {
				break
			}
			in.ExclusiveStartKey = page.LastEvaluatedKey
		}
	}
	return out
}

// TestNamingCheck is the free name review through the real stack: anyone
// may call it, it answers per name in order, in the request's language,
// and it stores nothing and spends nothing.
func TestNamingCheck(t *testing.T) {
	anon := env.NewClient(t)
	t.Run("OK", func(t *testing.T) {
		r := anon.Do("POST", "/api/naming/check", map[string]any{
			"language": "Python", "convention": "PEP 8", "names": []string{"getUserList", "user_count", "usr_cnt", "sayongjaList"},
		}).Want(t, 200)
		res, _ := r.JSON["results"].([]any)
		if len(res) != 4 {
			t.Fatalf("results = %s", r.Raw)
		}
		want := []struct {
			name, code, better string
			ok                 bool
		}{
			{"getUserList", "wrong_case", "get_user_list", false},
			{"user_count", "", "", true},
			{"usr_cnt", "abbreviation", "user_count", false},
			{"sayongjaList", "romanized_korean", "user_list", false},
		}
		for i, w := range want {
			m := res[i].(map[string]any)
			if m["name"] != w.name || m["ok"] != w.ok {
				t.Errorf("result %d = %v, want %s ok=%v", i, m, w.name, w.ok)
			}
			probs, _ := m["problems"].([]any)
			better, _ := m["better"].([]any)
			if w.ok {
				if len(probs) != 0 || len(better) != 0 {
					t.Errorf("%s: a good name got %v", w.name, m)
				}
				continue
			}
			codes := []string{}
			for _, p := range probs {
				pm := p.(map[string]any)
				codes = append(codes, pm["code"].(string))
				if msg, _ := pm["message"].(string); msg == "" {
					t.Errorf("%s: problem without a message: %v", w.name, pm)
				}
			}
			if !strings.Contains(strings.Join(codes, " "), w.code) || len(better) == 0 || better[0] != w.better {
				t.Errorf("%s: codes %v better %v, want %s and %s", w.name, codes, better, w.code, w.better)
			}
		}
		if !strings.ContainsAny(r.JSON["results"].([]any)[2].(map[string]any)["problems"].([]any)[0].(map[string]any)["message"].(string), "줄임말") {
			t.Errorf("messages are not Korean by default: %s", r.Raw)
		}
	})
	t.Run("English", func(t *testing.T) {
		r := anon.Do("POST", "/api/naming/check", map[string]any{"language": "Java", "names": []string{"MaxRetry"}, "kind": "constant"},
			"Accept-Language", "en-US,en;q=0.9").Want(t, 200)
		if !strings.Contains(string(r.Raw), "MAX_RETRY") || !strings.Contains(string(r.Raw), "constant names are written in") {
			t.Fatalf("English review of a Java constant: %s", r.Raw)
		}
	})
	t.Run("BadInput", func(t *testing.T) {
		many := make([]string, 21)
		for i := range many {
			many[i] = "name"
		}
		for _, tc := range []struct {
			body  any
			field string
		}{
			{map[string]any{"language": "Go", "names": []string{}}, "names"},
			{map[string]any{"language": "Go"}, "names"},
			{map[string]any{"language": "Go", "names": many}, "names"},
			{map[string]any{"language": "Go", "names": []string{"ok", strings.Repeat("a", 101)}}, "names[1]"},
			{map[string]any{"language": "Go", "names": []string{"  "}}, "names[0]"},
			{map[string]any{"language": "Go", "names": []string{"x"}, "kind": "method"}, "kind"},
			{map[string]any{"language": "", "names": []string{"x"}}, "language"},
			{map[string]any{"language": "Go", "names": "x"}, "names"},
			{map[string]any{"language": "Go", "names": []string{"x"}, "user_id": "u"}, "user_id"},
		} {
			r := anon.Do("POST", "/api/naming/check", tc.body).WantError(t, 400, "invalid")
			if r.Field(tc.field) == "" {
				t.Errorf("%v: no field error for %s: %s", tc.body, tc.field, r.Raw)
			}
		}
		anon.Do("POST", "/api/naming/check", `{"language":"Go","names":["x"]`).WantError(t, 400, "invalid")
		anon.Do("POST", "/api/naming/check", `["x"]`).WantError(t, 400, "invalid")
		anon.Do("POST", "/api/naming/check", `{"language":"Go","names":["`+strings.Repeat("a", 20<<10)+`"]}`).WantError(t, 413, "too_large")
	})
	t.Run("StoresAndSpendsNothing", func(t *testing.T) {
		c := env.NewClient(t)
		c.SignUp(Email("check"), "abc12345", "check")
		before := itemCounts(t)
		quota := quotaOf(t, c.Do("GET", "/api/accounts/profile", nil).Want(t, 200))
		names := make([]string, 20)
		for i := range names {
			names[i] = []string{"usr_cnt", "isNotValid", "data2", "getUserList", "hoewonInfo"}[i%5]
		}
		for i := 0; i < 3; i++ {
			c.Do("POST", "/api/naming/check", map[string]any{"language": "TypeScript", "names": names}).Want(t, 200)
		}
		after := itemCounts(t)
		for table, n := range before {
			if after[table] != n {
				t.Errorf("%s: %d items before the checks, %d after", table, n, after[table])
			}
		}
		if q := quotaOf(t, c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)); q["used"] != quota["used"] || q["remaining"] != quota["remaining"] {
			t.Errorf("quota %v after checks, was %v", q, quota)
		}
	})
}

// TestChat_PastedName: a name pasted alone into a room is answered by the
// review, stored as an exchange, and spends no question; a question still
// spends one.
func TestChat_PastedName(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("pasted"), "abc12345", "pasted")
	room := NewRoom(t, c, "Python", "PEP 8")
	for i, msg := range []string{"getUserList 괜찮아?", "is `usr_cnt` ok?", "getUserList 어때?"} {
		r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": msg}).Want(t, 201)
		if q := quotaOf(t, r); q["used"] != float64(0) || q["remaining"] != float64(5) {
			t.Fatalf("%q spent a question: %v", msg, q)
		}
		bm := r.JSON["bot_message"].(map[string]any)
		sugs, _ := bm["suggestions"].([]any)
		if len(sugs) == 0 {
			t.Fatalf("%q: no better names: %s", msg, r.Raw)
		}
		first := sugs[0].(map[string]any)["name"]
		if want := []string{"get_user_list", "user_count", "get_user_list"}[i]; first != want {
			t.Errorf("%q: first suggestion %v, want %s", msg, first, want)
		}
		if content, _ := bm["content"].(string); !strings.Contains(content, "`") {
			t.Errorf("%q: answer text %q", msg, content)
		}
	}
	// A retry with the same client_message_id replays the stored exchange.
	first := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "usr_cnt 어때?", "client_message_id": "pasted-1"}).Want(t, 201)
	again := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "usr_cnt 어때?", "client_message_id": "pasted-1"}).Want(t, 201)
	if a, b := first.JSON["bot_message"].(map[string]any)["id"], again.JSON["bot_message"].(map[string]any)["id"]; a != b {
		t.Fatalf("retry answered again: %v then %v", a, b)
	}
	if msgs := messagesOf(t, c, room); len(msgs) != 8 {
		t.Fatalf("stored %d messages, want 8", len(msgs))
	}
	if p := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200); quotaOf(t, p)["used"] != float64(0) {
		t.Fatalf("profile shows a spent question: %s", p.Raw)
	}
	r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록을 가져오는 함수 이름 추천해줘"}).Want(t, 201)
	if q := quotaOf(t, r); q["used"] != float64(1) {
		t.Fatalf("a question did not spend: %v", q)
	}
}
