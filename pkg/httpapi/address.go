package httpapi

import (
	"crypto/subtle"
	"net/netip"
	"strings"

	"github.com/aws/aws-lambda-go/events"
)

// EdgeHeader is the header CloudFront adds to every request it sends to
// the API (an origin custom header, infra/hosting.yaml), with the value
// configured as EDGE_SECRET on both stacks.
const EdgeHeader = "x-namebot-edge"

// ClientAddress is the address a per-client throttle counts. API Gateway's
// sourceIp is the peer of its TCP connection: the client itself when the
// API is called directly, but a CloudFront edge server (shared by many
// viewers) when the request came through the app's distribution. Only a
// request that proves it came through CloudFront, by carrying EdgeHeader
// with edgeSecret, is believed about the viewer: CloudFront-Viewer-Address
// (set by CloudFront, "ip:port"), or else the last X-Forwarded-For entry
// before API Gateway's own (CloudFront appends the viewer's address to
// whatever the viewer sent; the entries before it are the viewer's words).
// A request without the proof may forge those headers, so it counts under
// sourceIp. IPv6 addresses count per /64, the block one subscriber gets.
func ClientAddress(ev *events.APIGatewayV2HTTPRequest, edgeSecret string) string {
	addr := ev.RequestContext.HTTP.SourceIP
	if edgeSecret != "" && subtle.ConstantTimeCompare([]byte(header(ev, EdgeHeader)), []byte(edgeSecret)) == 1 {
		if v := header(ev, "cloudfront-viewer-address"); v != "" {
			if i := strings.LastIndexByte(v, ':'); i > 0 {
				addr = v[:i]
			}
		} else if xff := strings.Split(header(ev, "x-forwarded-for"), ","); len(xff) > 0 {
			last := strings.TrimSpace(xff[len(xff)-1])
			if last == addr && len(xff) > 1 {
				last = strings.TrimSpace(xff[len(xff)-2])
			}
			if last != "" {
				addr = last
			}
		}
	}
	ip, err := netip.ParseAddr(strings.Trim(addr, "[]"))
	if err != nil {
		return "unknown"
	}
	ip = ip.Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p.String()
	}
	return ip.String()
}
