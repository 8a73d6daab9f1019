package review

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"namebot/pkg/naming"
)

func codes(r Result) []string {
	out := []string{}
	for _, p := range r.Problems {
		out = append(out, p.Code)
	}
	return out
}

// TestCodes: for every problem code, names that have it and a close name
// that does not; the better names expected where the fix is mechanical.
func TestCodes(t *testing.T) {
	type tc struct {
		lang, conv string
		kind       Kind
		name       string
		better     []string // nil: not checked; []: none
	}
	cases := map[string]struct{ has, hasNot []tc }{
		CodeInvalid: {
			has: []tc{{"Python", "", "", "user name", []string{"user_name"}}, {"Java", "", "", "2ndUser", []string{}},
				{"Go", "", "", "사용자", []string{}}, {"PHP", "", Variable, "cartItems", []string{"$cartItems"}}, {"Python", "", "", "user-id", []string{"user_id"}}},
			hasNot: []tc{{"Python", "", "", "user_name", nil}, {"Java", "", "", "secondUser", nil}, {"PHP", "", Variable, "$cartItems", nil}},
		},
		CodeReserved: {
			has:    []tc{{"Python", "", "", "class", []string{}}, {"Go", "", "", "len", []string{}}, {"Java", "", Variable, "int", []string{}}, {"Python", "", "", "list", []string{}}},
			hasNot: []tc{{"Python", "", "", "class_", nil}, {"Go", "", "", "length", nil}, {"Python", "", "", "user_list", nil}},
		},
		CodeWrongCase: {
			has: []tc{{"Python", "", "", "getUserList", []string{"get_user_list"}}, {"Java", "", Constant, "MaxRetry", []string{"MAX_RETRY"}},
				{"Go", "", "", "userId", []string{"userID"}}, {"C#", "", Function, "getUser", []string{"GetUser"}}, {"Rust", "", Class, "user_profile", []string{"UserProfile"}},
				{"JavaScript", "", Function, "get_user", []string{"getUser"}}, {"Go", "", "", "GetUserById", []string{"GetUserByID"}},
				{"Go", "", "", "MAX_RETRIES", []string{"MaxRetries"}}},
			hasNot: []tc{{"Python", "", "", "get_user_list", nil}, {"Java", "", Constant, "MAX_RETRY", nil}, {"Go", "", "", "userID", nil}, {"C#", "", Function, "GetUser", nil}},
		},
		CodeHungarian: {
			has: []tc{{"Java", "", "", "strName", []string{"name"}}, {"Java", "", "", "bIsValid", []string{"isValid"}}, {"JavaScript", "", "", "arrItems", []string{"items"}},
				{"C++", "", "", "m_name", []string{"name"}}, {"C", "", "", "g_count", []string{"count"}}, {"Java", "", "", "bEnabled", []string{"isEnabled"}}},
			hasNot: []tc{{"Java", "", "", "name", nil}, {"Java", "", "", "bTree", nil}, {"JavaScript", "", "", "array", nil}, {"C++", "Qt", "", "m_name", nil},
				{"C++", "Unreal Engine", Boolean, "bIsValid", nil}, {"Java", "", "", "strategy", nil}},
		},
		CodeAbbreviation: {
			has: []tc{{"Python", "", "", "usr_cnt", []string{"user_count"}}, {"Java", "", "", "btnSubmit", []string{"buttonSubmit"}},
				{"TypeScript", "", "", "errMsg", []string{"errMessage"}}, {"Go", "", "", "pwdHash", []string{"passwordHash"}}, {"Kotlin", "", "", "totalAmt", []string{"totalAmount"}}},
			hasNot: []tc{{"Python", "", "", "user_count", nil}, {"Go", "", "", "ctx", nil}, {"Go", "", "", "userID", nil}, {"Java", "", "", "numRetries", nil},
				{"C", "Linux kernel", "", "tmp_cnt", nil}, {"Java", "", "", "maxSize", nil}, {"Rust", "", "", "src_buf", nil}, {"JavaScript", "", "", "req", nil}},
		},
		CodeRomanized: {
			has: []tc{{"Java", "", "", "sayongjaList", []string{"userList"}}, {"Python", "", "", "jumun_count", []string{"order_count"}},
				{"JavaScript", "", "", "hoewonInfo", []string{"memberInfo"}}, {"Java", "", "", "gagyeok", []string{"price"}}, {"Python", "", "", "bimilbeonho", []string{"password"}}},
			hasNot: []tc{{"Java", "", "", "userList", nil}, {"Python", "", "", "order_count", nil}, {"JavaScript", "", "", "memberInfo", nil}, {"Java", "", "", "juice", nil}},
		},
		CodeGeneric: {
			has: []tc{{"Python", "", "", "data", []string{}}, {"JavaScript", "", "", "processData", []string{}}, {"JavaScript", "", "", "handleData", []string{}},
				{"Java", "", "", "doStuff", []string{}}, {"Python", "", "", "info", []string{}}, {"Java", "", "", "obj", []string{}}, {"Python", "", "", "temp", []string{}}},
			hasNot: []tc{{"Python", "", "", "user_data", nil}, {"JavaScript", "", "", "processPayment", nil}, {"Java", "", "", "tempFile", nil}, {"Python", "", "", "value_range", nil}},
		},
		CodeNumbered: {
			has:    []tc{{"Python", "", "", "data2", []string{}}, {"Python", "", "", "temp1", []string{}}, {"Java", "", "", "user2", []string{}}, {"Java", "", "", "getUser2", []string{}}, {"Python", "", "", "user_2", []string{}}},
			hasNot: []tc{{"Java", "", "", "user", nil}, {"Python", "", "", "utf8", nil}, {"Go", "", "", "base64", nil}, {"Python", "", "", "md5", nil}, {"Python", "", "", "sha256", nil}, {"Go", "", "", "int64", nil}, {"Python", "", "", "x86", nil}, {"Java", "", "", "oauth2", nil}, {"Go", "", "", "http2", nil}, {"Python", "", "", "ipv4", nil}, {"Java", "", "", "i18n", nil}, {"Java", "", "", "l10n", nil}, {"C++", "", "", "vec3", nil}, {"Java", "", "", "mp4", nil}, {"Python", "", "", "s3", nil}, {"Go", "", "", "k8s", nil}, {"Java", "", "", "render2d", nil}, {"Java", "", "", "point3D", nil}, {"Python", "", "", "x1", nil}},
		},
		CodeNegated: {
			has: []tc{{"Java", "", "", "isNotValid", []string{"isInvalid", "isValid"}}, {"Java", "", Boolean, "notFound", []string{"isMissing", "isFound"}},
				{"Python", "", "", "has_no_items", []string{"has_items"}}, {"Java", "", "", "hasNoItems", []string{"hasItems"}}},
			hasNot: []tc{{"Java", "", "", "isValid", nil}, {"Java", "", "", "isInvalid", nil}, {"Java", "", Boolean, "isFound", nil}, {"Kotlin", "", "", "isNotEmpty", nil},
				{"Java", "", "", "isNotificationEnabled", nil}, {"Java", "", "", "hasItems", nil}},
		},
		CodeNotPredicate: {
			has: []tc{{"Java", "", Boolean, "loginStatus", []string{"isLoggedIn"}}, {"Python", "", Boolean, "valid", []string{"is_valid"}},
				{"Ruby", "", Boolean, "admin", []string{"admin?", "is_admin"}}, {"TypeScript", "", Boolean, "items", []string{"hasItems"}}},
			hasNot: []tc{{"Java", "", Boolean, "isLoggedIn", nil}, {"Python", "", Boolean, "is_valid", nil}, {"Ruby", "", Boolean, "admin?", nil},
				{"Java", "", Variable, "loginStatus", nil}, {"Swift", "", Boolean, "canEdit", nil}, {"C++", "Unreal Engine", Boolean, "bPendingKill", nil}},
		},
		CodeTooLong: {
			has: []tc{{"Python", "", "", "get_user_profile_from_remote_server_cache", []string{}}, {"Java", "", "", "numberOfActiveUsersInTheCurrentSession", []string{}},
				{"Java", "", Class, "AbstractSingletonProxyFactoryBeanBuilder", []string{}}},
			hasNot: []tc{{"Python", "", "", "get_user_profile", nil}, {"Java", "", Class, "UserProfileRepository", nil}, {"Java", "", Constant, "MAX_RETRY_DELAY_SECONDS", nil}},
		},
	}
	for _, code := range Codes() {
		c, ok := cases[code]
		if !ok || len(c.has) == 0 || len(c.hasNot) == 0 {
			t.Errorf("%s: no test cases", code)
			continue
		}
		for _, x := range c.has {
			spec := naming.Spec{Language: x.lang, Convention: x.conv}
			r := CheckName(spec, x.kind, x.name, true)
			if !slices.Contains(codes(r), code) || r.OK {
				t.Errorf("%s: %s %q (%s) got %v, want %s", code, x.lang, x.name, x.kind, codes(r), code)
			}
			if x.better != nil && !slices.Equal(r.Better, x.better) {
				t.Errorf("%s: %s %q better = %v, want %v", code, x.lang, x.name, r.Better, x.better)
			}
		}
		for _, x := range c.hasNot {
			r := CheckName(naming.Spec{Language: x.lang, Convention: x.conv}, x.kind, x.name, false)
			if slices.Contains(codes(r), code) {
				t.Errorf("%s: %s %q (%s) flagged: %v", code, x.lang, x.name, x.kind, r.Problems)
			}
		}
	}
}

// TestGoodNames: names that are fine get no problem at all.
func TestGoodNames(t *testing.T) {
	good := []struct {
		lang, conv string
		kind       Kind
		names      string
	}{
		{"Python", "PEP 8", "", "user_count fetch_user_profile is_logged_in MAX_RETRIES HttpClient parse_url i j k _private_helper __init__ class_ num_retries src dst buf idx max_size order_total"},
		{"Python", "", Boolean, "is_logged_in has_items can_edit should_retry"},
		{"JavaScript", "Airbnb", "", "userCount fetchUserProfile isLoggedIn MAX_RETRIES HttpClient parseURL numRetries req res $el userId apiBaseUrl"},
		{"TypeScript", "", "", "userCount UserProfile fetchUserProfile isVisible httpClient"},
		{"Java", "Google Java Style", "", "userCount fetchUserProfile isLoggedIn MAX_RETRIES HttpClient parseUrl numRetries userId maxSize minValue"},
		{"Kotlin", "", "", "userCount isNotEmpty fetchUserProfile HttpClient"},
		{"Go", "", "", "ctx err i userID parseURL HTTPClient userCount newServer ServeHTTP ok buf n"},
		{"C", "", "", "user_count read_config MAX_PATH buf len_ptr"},
		{"C", "Linux kernel", "", "tmp cnt"},
		{"C++", "Google C++ Style Guide", Constant, "kMaxSize kDefaultTimeout"},
		{"C++", "", "", "user_count HttpClient"},
		{"C#", "", Function, "GetUserProfile ParseUrl saveButton_Click QuantityTextBox_LostFocus"}, // a designer's event handler, control_Event
		{"C#", "", Variable, "userCount isValid"},
		{"Rust", "", "", "user_count parse_config HttpClient MAX_RETRIES"},
		{"Swift", "", "", "userCount isEnabled fetchUserProfile"},
		{"Ruby", "", "", "admin? user_count save! find_by_email"},
		{"PHP", "", "", "$cartItems $userCount getUserProfile UserRepository __construct $_GET"},
		// Names the language or its framework gives.
		{"Python", "", "", "setUp tearDown assertEqual get_object_or_404 self"},
		{"JavaScript", "", "", "__dirname this"},
		{"C", "", "", "main"},
		{"Go", "", "", "cfg srv port8080"},
	}
	n := 0
	for _, g := range good {
		for _, name := range strings.Fields(g.names) {
			n++
			r := CheckName(naming.Spec{Language: g.lang, Convention: g.conv}, g.kind, name, true)
			if !r.OK || len(r.Problems) != 0 || len(r.Better) != 0 {
				t.Errorf("%s %s %q: a good name got %v better %v", g.lang, g.conv, name, r.Problems, r.Better)
			}
		}
	}
	if n < 60 {
		t.Errorf("only %d good names: the list must keep 60+", n)
	}
}

var alwaysBad = map[string]bool{"usr_cnt": true, "sayongjaList": true, "strName": true, "arrItems": true,
	"jumunCount": true, "btnSubmit": true, "user name": true, "hoewon_info": true}

// TestBetterValid: every corrected name, in every language namebot knows,
// passes naming.Validate for the language and the kind it was made for.
func TestBetterValid(t *testing.T) {
	bad := []string{"getUserList", "usr_cnt", "sayongjaList", "strName", "isNotValid", "hasNoItems", "m_name", "bIsValid",
		"arrItems", "MaxRetry", "jumunCount", "btnSubmit", "user name", "loginStatus", "hoewon_info", "notFound", "USER_CNT"}
	for _, lang := range naming.Languages() {
		spec := naming.Spec{Language: string(lang)}
		for _, kind := range append([]Kind{""}, Kinds()...) {
			for _, name := range bad {
				r := CheckName(spec, kind, name, false)
				if r.OK && alwaysBad[name] {
					t.Errorf("%s %s %q: ok", lang, kind, name)
				}
				nk := NamingKind(spec, name)
				for _, b := range r.Better {
					valid := false
					for _, k := range naming.AllKinds() {
						valid = valid || naming.Validate(spec, k, b) == nil
					}
					if !valid {
						t.Errorf("%s %s %q: better %q is not valid (%v)", lang, kind, name, b, naming.Validate(spec, nk, b))
					}
					if again := CheckName(spec, kind, b, false); !again.OK && kind != "" {
						t.Errorf("%s %s %q: better %q has problems itself: %v", lang, kind, name, b, again.Problems)
					}
				}
			}
		}
	}
}

// TestMessages: every code has a Korean and an English message, one line,
// never empty.
func TestMessages(t *testing.T) {
	for _, code := range Codes() {
		tx, ok := texts[code]
		if !ok || tx[0] == "" || tx[1] == "" || strings.Contains(tx[0]+tx[1], "\n") {
			t.Errorf("%s: messages %q", code, tx)
		}
	}
	ko := CheckName(naming.Spec{Language: "Python"}, "", "usr_cnt", true)
	en := CheckName(naming.Spec{Language: "Python"}, "", "usr_cnt", false)
	if !strings.Contains(ko.Problems[0].Message, "줄임말") || !strings.Contains(en.Problems[0].Message, "Abbreviations") {
		t.Errorf("ko %q / en %q", ko.Problems[0].Message, en.Problems[0].Message)
	}
}

// TestWordLists keeps the lists consistent: no established word is an
// abbreviation, the romanised data has 100+ entries, well-formed, with no
// spelling that is an English word namebot's glossary or lists know.
func TestWordLists(t *testing.T) {
	for w := range abbreviations {
		if established[w] {
			t.Errorf("%q is both established and an abbreviation", w)
		}
	}
	entries := 0
	for _, line := range strings.Split(romanizedData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		entries++
		parts := strings.Split(line, "|")
		if len(parts) != 3 || strings.TrimSpace(parts[0]) == "" || strings.TrimSpace(parts[1]) == "" || len(strings.Fields(parts[2])) == 0 {
			t.Errorf("malformed line %q", line)
			continue
		}
		for _, s := range strings.Fields(parts[2]) {
			if utf8.RuneCountInString(s) < 4 || s != strings.ToLower(s) {
				t.Errorf("%q: spellings are 4+ lower-case letters", s)
			}
			if established[s] || abbreviations[s] != nil || verbs[s] || genericNouns[s] || predicateWords[s] {
				t.Errorf("%q is an English word or abbreviation namebot knows", s)
			}
		}
	}
	if entries < 100 {
		t.Errorf("romanized.txt has %d entries, want 100+", entries)
	}
}

func TestPasted(t *testing.T) {
	yes := map[string]string{
		"getUserList 괜찮아?": "getUserList", "is `usr_cnt` ok?": "usr_cnt", "getUserList 어때?": "getUserList",
		"getUserList": "getUserList", "`data` 어때요?": "data", "usr_cnt는 괜찮아?": "usr_cnt", "how about isNotValid?": "isNotValid",
		"counter 괜찮아?": "counter", "\"MAX_RETRY\" 괜찮을까요": "MAX_RETRY", "$cartItems 이름 어때": "$cartItems",
		"is this a good name: fetchUserProfile": "fetchUserProfile", "userId 이 이름 괜찮아?": "userId", "'admin?' 어때": "admin?",
	}
	for msg, want := range yes {
		if got, ok := Pasted(msg); !ok || got != want {
			t.Errorf("Pasted(%q) = %q, %v; want %q", msg, got, ok, want)
		}
	}
	no := []string{
		"사칙연산을 위한 변수명 추천해줘", "names for a retry counter", "counter", "retry", "is it ok?", "getUserList를 더 짧게 바꿔줘",
		"getUserList 말고 다른 이름 추천해줘", "userId와 userID 중 뭐가 좋아?", "hello", "ok", "", "a b c d e f g h i",
		"get user list 어때?", "user.name 어때?", "getUserList()를 고쳐줘", strings.Repeat("a", 90) + " 어때",
	}
	for _, msg := range no {
		if got, ok := Pasted(msg); ok {
			t.Errorf("Pasted(%q) = %q: a question, not a pasted name", msg, got)
		}
	}
}

func TestRender(t *testing.T) {
	spec := naming.Spec{Language: "Python"}
	bad := Render(CheckName(spec, "", "usr_cnt", true), true)
	if !strings.Contains(bad, "user_count") || !strings.Contains(bad, "줄임말") || !strings.Contains(bad, "질문 횟수") {
		t.Errorf("ko render: %q", bad)
	}
	good := Render(CheckName(spec, "", "user_count", false), false)
	if !strings.Contains(good, "good name") {
		t.Errorf("en render: %q", good)
	}
}
