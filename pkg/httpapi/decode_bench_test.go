package httpapi

import (
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

// BenchmarkDecode measures Request.Decode on bodies the app sends: a
// sign-up (four short strings) and a post (a title and a 2 KB body).
func BenchmarkDecode(b *testing.B) {
	type signup struct {
		Email     string `json:"email"`
		Password  string `json:"password"`
		Password2 string `json:"password2"`
		Nickname  string `json:"nickname"`
	}
	type post struct {
		Title    *string `json:"title"`
		Content  *string `json:"content"`
		Category *string `json:"category"`
	}
	long := ""
	for len(long) < 2000 {
		long += "사칙연산을 위한 변수명 추천해줘 names for a retry counter. "
	}
	for _, bc := range []struct {
		name string
		body string
		v    func() any
	}{
		{"Signup", `{"email":"someone@example.com","password":"abc12345","password2":"abc12345","nickname":"이름짓는사람"}`, func() any { return &signup{} }},
		{"Post", `{"title":"변수명 질문","content":"` + long + `","category":"question"}`, func() any { return &post{} }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			r := &Request{Event: &events.APIGatewayV2HTTPRequest{Body: bc.body, Headers: map[string]string{"content-type": "application/json"}}, limit: 16 << 10}
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.body)))
			for b.Loop() {
				if err := r.Decode(bc.v(), false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkCheckKeys is the exact-keys pass alone, on the same bodies.
func BenchmarkCheckKeys(b *testing.B) {
	type signup struct {
		Email     string `json:"email"`
		Password  string `json:"password"`
		Password2 string `json:"password2"`
		Nickname  string `json:"nickname"`
	}
	body := []byte(`{"email":"someone@example.com","password":"abc12345","password2":"abc12345","nickname":"이름짓는사람"}`)
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		if err := checkKeys(body, &signup{}); err != nil {
			b.Fatal(err)
		}
	}
}
