package images

import (
	"context"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/credentials"
)

func TestPresignUpload(t *testing.T) {
	s := &Store{Bucket: "namebot-images", Region: "ap-northeast-2", Credentials: credentials.NewStaticCredentialsProvider("AKID", "SECRET", ""),
		Now: func() time.Time { return time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC) }}
	up, err := s.PresignUpload(context.Background(), "uploads/u/f.png", "image/png", 1234)
	if err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(up.URL)
	if err != nil {
		t.Fatal(err)
	}
	if u.Host != "namebot-images.s3.ap-northeast-2.amazonaws.com" || u.Path != "/uploads/u/f.png" {
		t.Fatalf("url %s", up.URL)
	}
	q := u.Query()
	if q.Get("X-Amz-Expires") != "600" || q.Get("X-Amz-Signature") == "" || q.Get("X-Amz-Algorithm") != "AWS4-HMAC-SHA256" {
		t.Fatalf("query %v", q)
	}
	// The type and the length are part of the signature.
	if sh := q.Get("X-Amz-SignedHeaders"); !strings.Contains(sh, "content-length") || !strings.Contains(sh, "content-type") {
		t.Fatalf("signed headers %q", sh)
	}
	if up.Method != "PUT" || up.Headers["Content-Type"] != "image/png" || up.Key != "uploads/u/f.png" {
		t.Fatalf("upload %+v", up)
	}
	local := &Store{Bucket: "b", Region: "us-east-1", Endpoint: "http://127.0.0.1:9", PublicEndpoint: "http://localhost:8080/s3",
		Credentials: credentials.NewStaticCredentialsProvider("a", "b", "")}
	up, _ = local.PresignUpload(context.Background(), "uploads/u/f.png", "image/png", 1)
	if !strings.HasPrefix(up.URL, "http://localhost:8080/s3/b/uploads/u/f.png?") {
		t.Fatalf("local url %s", up.URL)
	}
}
