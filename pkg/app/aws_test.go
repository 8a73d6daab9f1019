package app

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// TestGetParameter checks the hand-written SSM call against a fake SSM:
// the JSON protocol's target and body, a SigV4 signature for ssm, and the
// answer and error shapes.
func TestGetParameter(t *testing.T) {
	var got *http.Request
	var body map[string]any
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r
		raw, _ := io.ReadAll(r.Body)
		_ = json.Unmarshal(raw, &body)
		if body["Name"] == "/missing" {
			w.WriteHeader(400)
			_, _ = w.Write([]byte(`{"__type":"ParameterNotFound","message":"no"}`))
			return
		}
		_, _ = w.Write([]byte(`{"Parameter":{"Name":"/namebot/dev/jwt","Type":"SecureString","Value":"s3cr3t-value"}}`))
	}))
	defer srv.Close()
	cfg := aws.Config{Region: "ap-northeast-2", Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", "TOKEN")}
	v, err := getParameter(context.Background(), cfg, srv.URL+"/", "/namebot/dev/jwt")
	if err != nil || string(v) != "s3cr3t-value" {
		t.Fatalf("value = %q, %v", v, err)
	}
	if got.Header.Get("X-Amz-Target") != "AmazonSSM.GetParameter" || got.Header.Get("Content-Type") != "application/x-amz-json-1.1" {
		t.Fatalf("headers: %v", got.Header)
	}
	auth := got.Header.Get("Authorization")
	if !strings.HasPrefix(auth, "AWS4-HMAC-SHA256 Credential=AKID/") || !strings.Contains(auth, "/ap-northeast-2/ssm/aws4_request") || got.Header.Get("X-Amz-Security-Token") != "TOKEN" {
		t.Fatalf("not signed for ssm: %q", auth)
	}
	if body["Name"] != "/namebot/dev/jwt" || body["WithDecryption"] != true {
		t.Fatalf("body: %v", body)
	}
	if _, err := getParameter(context.Background(), cfg, srv.URL+"/", "/missing"); err == nil || !strings.Contains(err.Error(), "ParameterNotFound") {
		t.Fatalf("missing: %v", err)
	}
}
