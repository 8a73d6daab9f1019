package naming

import (
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want string // words joined by "|"
	}{
		{"userID", "user|id"},
		{"user_id", "user|id"},
		{"user-id", "user|id"},
		{"user id", "user|id"},
		{"  user   name  ", "user|name"},
		{"HTTPServer", "http|server"},
		{"XMLHttpRequest", "xml|http|request"},
		{"getHTTPResponseCode", "get|http|response|code"},
		{"userIDs", "user|ids"},
		{"userIDsList", "user|ids|list"},
		{"IDs", "ids"},
		{"URLs", "urls"},
		{"utf8Decoder", "utf8|decoder"},
		{"md5Hash", "md5|hash"},
		{"base64Encode", "base64|encode"},
		{"MAX_RETRIES", "max|retries"},
		{"kMaxRetries", "k|max|retries"},
		{"__init__", "init"},
		{"ABC", "abc"},
		{"a1B2", "a1|b2"},
		{"version2", "version2"},
		{"Calculate-Cart_total Now", "calculate|cart|total|now"},
		{"", ""},
		{"___", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got, want := strings.Join(Split(tt.in), "|"), tt.want; got != want {
				t.Fatalf("Split(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		words []string
		c     Case
		want  string
	}{
		{[]string{"user", "id"}, SnakeCase, "user_id"},
		{[]string{"user", "id"}, CamelCase, "userId"},
		{[]string{"user", "id"}, PascalCase, "UserId"},
		{[]string{"user", "id"}, ScreamingSnakeCase, "USER_ID"},
		{[]string{"user", "id"}, KebabCase, "user-id"},
		{[]string{"user", "id"}, GoCamelCase, "userID"},
		{[]string{"user", "id"}, GoPascalCase, "UserID"},
		{[]string{"user", "id"}, KPascalCase, "kUserId"},
		{[]string{"userID"}, SnakeCase, "user_id"},
		{[]string{"HTTPServer"}, SnakeCase, "http_server"},
		{[]string{"HTTPServer"}, CamelCase, "httpServer"},
		{[]string{"HTTPServer"}, PascalCase, "HttpServer"},
		{[]string{"HTTPServer"}, GoPascalCase, "HTTPServer"},
		{[]string{"HTTPServer"}, GoCamelCase, "httpServer"},
		{[]string{"XMLHttpRequest"}, GoPascalCase, "XMLHTTPRequest"},
		{[]string{"XMLHttpRequest"}, SnakeCase, "xml_http_request"},
		{[]string{"user-id"}, CamelCase, "userId"},
		{[]string{"  user   name "}, CamelCase, "userName"},
		{[]string{"userIDs"}, SnakeCase, "user_ids"},
		{[]string{"userIDs"}, GoCamelCase, "userIDs"},
		{[]string{"user", "ids"}, GoPascalCase, "UserIDs"},
		{[]string{"utf8Decoder"}, SnakeCase, "utf8_decoder"},
		{[]string{"base64", "encode"}, CamelCase, "base64Encode"},
		{[]string{"MAX_RETRIES"}, CamelCase, "maxRetries"},
		{[]string{"kMaxRetries"}, KPascalCase, "kMaxRetries"},
		{[]string{"MAX_RETRIES"}, KPascalCase, "kMaxRetries"},
		{[]string{"url"}, GoCamelCase, "url"},
		{[]string{"url"}, GoPascalCase, "URL"},
		{[]string{"parse", "url"}, GoCamelCase, "parseURL"},
		{[]string{"parse", "url"}, CamelCase, "parseUrl"},
		{[]string{"id"}, GoCamelCase, "id"},
		{[]string{"__init__"}, SnakeCase, "init"},
		{[]string{"version2"}, CamelCase, "version2"},
		{[]string{"left operand"}, ScreamingSnakeCase, "LEFT_OPERAND"},
		{nil, CamelCase, ""},
		{[]string{"", "--"}, SnakeCase, ""},
		{[]string{"user", "id"}, Case("unknown"), "user_id"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.words, "+")+"/"+string(tt.c), func(t *testing.T) {
			if got, want := Format(tt.words, tt.c), tt.want; got != want {
				t.Fatalf("Format(%q, %s) = %q, want %q", tt.words, tt.c, got, want)
			}
		})
	}
}

func TestCaseMatches(t *testing.T) {
	tests := []struct {
		c    Case
		name string
		want bool
	}{
		{SnakeCase, "user_id", true},
		{SnakeCase, "_private", true},
		{SnakeCase, "user2", true},
		{SnakeCase, "user__id", false},
		{SnakeCase, "user_", false},
		{SnakeCase, "userId", false},
		{SnakeCase, "2user", false},
		{CamelCase, "userId", true},
		{CamelCase, "userID", true}, // acronyms may stay upper-case outside Go
		{CamelCase, "UserId", false},
		{CamelCase, "user_id", false},
		{PascalCase, "UserId", true},
		{PascalCase, "HTTPServer", true},
		{PascalCase, "URL", true},
		{PascalCase, "T", true},
		{PascalCase, "MAXRETRIES", false},
		{PascalCase, "User_Id", false},
		{ScreamingSnakeCase, "MAX_RETRIES", true},
		{ScreamingSnakeCase, "Max_Retries", false},
		{KebabCase, "user-id", true},
		{KebabCase, "user--id", false},
		{KebabCase, "-user", false},
		{GoCamelCase, "userID", true},
		{GoCamelCase, "userId", false},
		{GoCamelCase, "parseURL", true},
		{GoCamelCase, "userIDs", true},
		{GoCamelCase, "UserID", false},
		{GoPascalCase, "UserID", true},
		{GoPascalCase, "HttpServer", false},
		{GoPascalCase, "HTTPServer", true},
		{KPascalCase, "kMaxRetries", true},
		{KPascalCase, "MaxRetries", false},
		{SnakeCase, "", false},
		{Case("bogus"), "x", false},
	}
	for _, tt := range tests {
		t.Run(string(tt.c)+"/"+tt.name, func(t *testing.T) {
			if got, want := tt.c.Matches(tt.name), tt.want; got != want {
				t.Fatalf("%s.Matches(%q) = %v, want %v", tt.c, tt.name, got, want)
			}
		})
	}
}

// Every case formats words into a name that the same case accepts.
func TestFormatMatchesItsCase(t *testing.T) {
	phrases := [][]string{{"user", "id"}, {"http", "server"}, {"max", "retries"}, {"x"}, {"utf8", "decoder"}}
	for _, c := range []Case{SnakeCase, CamelCase, PascalCase, ScreamingSnakeCase, KebabCase, GoCamelCase, GoPascalCase, KPascalCase} {
		for _, p := range phrases {
			name := Format(p, c)
			t.Run(string(c)+"/"+name, func(t *testing.T) {
				if got, want := c.Matches(name), true; got != want {
					t.Fatalf("%s.Matches(Format(%q)) = %v for %q", c, p, got, name)
				}
			})
		}
	}
}

// TestBrandWords: a brand written with a capital inside is one word, cased
// as its owner writes it, and reads back as one word.
func TestBrandWords(t *testing.T) {
	for _, tc := range []struct {
		words []string
		c     Case
		want  string
	}{
		{[]string{"handle", "github", "webhook"}, CamelCase, "handleGitHubWebhook"},
		{[]string{"websocket", "manager"}, PascalCase, "WebSocketManager"},
		{[]string{"iot", "device"}, PascalCase, "IoTDevice"},
		{[]string{"oauth", "token"}, GoPascalCase, "OAuthToken"},
		{[]string{"github", "token"}, CamelCase, "githubToken"},
		{[]string{"github", "token"}, SnakeCase, "github_token"},
	} {
		got := Format(tc.words, tc.c)
		if got != tc.want {
			t.Errorf("Format(%v, %s) = %q, want %q", tc.words, tc.c, got, tc.want)
		}
		if !tc.c.Matches(got) {
			t.Errorf("%q does not match %s", got, tc.c)
		}
	}
	for name, want := range map[string]string{"handleGitHubWebhook": "handle github webhook", "OAuthToken": "oauth token", "SQLiteDB": "sqlite db", "WebSocket": "websocket", "connectedIoTDevices": "connected iot devices", "iOSVersion": "ios version", "isMacOS": "is macos"} {
		if got := strings.Join(Split(name), " "); got != want {
			t.Errorf("Split(%q) = %q, want %q", name, got, want)
		}
	}
}
