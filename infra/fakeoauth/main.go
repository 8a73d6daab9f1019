// Command fakeoauth runs the fake GitHub and Kakao of the tests on a fixed
// port, so that sign-in can be tried by hand against `make run` without
// real provider apps (docs/oauth.md):
//
//	go run ./infra/fakeoauth -addr 127.0.0.1:9999 -email me@example.com
//	GITHUB_CLIENT_ID=fake-github GITHUB_CLIENT_SECRET=fake-secret GITHUB_AUTH_URL=http://127.0.0.1:9999 GITHUB_API_URL=http://127.0.0.1:9999 \
//	KAKAO_CLIENT_ID=fake-kakao KAKAO_CLIENT_SECRET=fake-secret KAKAO_AUTH_URL=http://127.0.0.1:9999 KAKAO_API_URL=http://127.0.0.1:9999 make run
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"

	"namebot/pkg/oauth/oauthtest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:9999", "listen address")
	email := flag.String("email", "someone@example.com", "the consenting person's email")
	verified := flag.Bool("verified", true, "whether the provider verified that email")
	deny := flag.Bool("deny", false, "refuse every consent (error=access_denied)")
	flag.Parse()
	s, err := oauthtest.Listen(*addr, oauthtest.Client{ID: "fake-github", Secret: "fake-secret"}, oauthtest.Client{ID: "fake-kakao", Secret: "fake-secret"})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	s.SetUser(oauthtest.User{ID: 1001, Login: "fake-user", Name: "가짜 사용자", Email: *email, Verified: *verified})
	s.Deny(*deny)
	fmt.Fprintf(os.Stderr, "fake GitHub and Kakao on %s (clients fake-github / fake-kakao, secret fake-secret)\n", s.URL)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	<-stop
}
