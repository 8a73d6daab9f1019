package httpapi

import (
	"testing"

	"github.com/aws/aws-lambda-go/events"
)

func TestClientAddress(t *testing.T) {
	const secret = "s3cret-edge-value"
	ev := func(source string, headers ...string) *events.APIGatewayV2HTTPRequest {
		e := &events.APIGatewayV2HTTPRequest{Headers: map[string]string{}}
		e.RequestContext.HTTP.SourceIP = source
		for i := 0; i+1 < len(headers); i += 2 {
			e.Headers[headers[i]] = headers[i+1]
		}
		return e
	}
	for _, c := range []struct {
		name string
		ev   *events.APIGatewayV2HTTPRequest
		want string
	}{
		{"direct", ev("203.0.113.7"), "203.0.113.7"},
		{"direct, forged headers", ev("203.0.113.7", "cloudfront-viewer-address", "198.51.100.1:443", "x-forwarded-for", "198.51.100.2"), "203.0.113.7"},
		{"direct, wrong secret", ev("203.0.113.7", EdgeHeader, "guess", "cloudfront-viewer-address", "198.51.100.1:443"), "203.0.113.7"},
		{"edge, viewer address", ev("130.176.0.1", EdgeHeader, secret, "cloudfront-viewer-address", "198.51.100.1:51234"), "198.51.100.1"},
		{"edge, IPv6 viewer per /64", ev("130.176.0.1", EdgeHeader, secret, "cloudfront-viewer-address", "2001:db8:1:2:aaaa::1:51234"), "2001:db8:1:2::/64"},
		{"edge, XFF appended by CloudFront", ev("130.176.0.1", EdgeHeader, secret, "x-forwarded-for", "10.0.0.1, 198.51.100.3"), "198.51.100.3"},
		{"edge, XFF appended by CloudFront and API Gateway", ev("130.176.0.1", EdgeHeader, secret, "x-forwarded-for", "1.2.3.4, 198.51.100.3, 130.176.0.1"), "198.51.100.3"},
		{"IPv6 direct per /64", ev("2001:db8:aa:bb:1::5"), "2001:db8:aa:bb::/64"},
		{"IPv4-mapped", ev("::ffff:192.0.2.9"), "192.0.2.9"},
		{"garbage", ev("not an address"), "unknown"},
	} {
		if got := ClientAddress(c.ev, secret); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
	// Without a configured secret nothing but sourceIp is believed.
	if got := ClientAddress(ev("130.176.0.1", EdgeHeader, "", "cloudfront-viewer-address", "198.51.100.1:1"), ""); got != "130.176.0.1" {
		t.Errorf("no secret: %q", got)
	}
}
