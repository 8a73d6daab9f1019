package local_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"namebot/pkg/local"
)

// CloudFront's managed policies (fixed ids, the same in every account).
const (
	cachingOptimized          = "658327ea-f89d-4fab-a63d-7e88639e58f6"
	cachingDisabled           = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
	allViewerExceptHostHeader = "b689b0a8-53d0-40ab-baf2-68738e2966ac"
	cloudFrontHostedZone      = "Z2FDTNDATAQYW2"
)

// TestHosting checks infra/hosting.yaml's structure without AWS: the SPA
// bucket private behind CloudFront with Origin Access Control, the images
// bucket readable by this distribution under images/* only, /api/* to the
// HTTP API uncached with cookies and headers, the app's security headers
// (the local server's CSP), the SPA fallback, HTTPS everywhere, the
// optional domain, and that what it imports is what template.yaml exports.
func TestHosting(t *testing.T) {
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "infra", "hosting.yaml")
	tmpl, err := local.LoadTemplate(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := rawDoc(t, path)
	res := tmpl.Resources
	props := func(id string) map[string]any {
		p, _ := res[id]["Properties"].(map[string]any)
		return p
	}
	ofType := func(typ string) []string {
		var ids []string
		for id, r := range res {
			if r["Type"] == typ {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		return ids
	}
	one := func(typ string) string {
		t.Helper()
		ids := ofType(typ)
		if len(ids) != 1 {
			t.Fatalf("%d resources of type %s, want 1: %v", len(ids), typ, ids)
		}
		return ids[0]
	}

	t.Run("References", func(t *testing.T) { checkRefs(t, doc) })

	dist := one("AWS::CloudFront::Distribution")
	cfg, _ := props(dist)["DistributionConfig"].(map[string]any)
	if cfg == nil {
		t.Fatal("distribution without DistributionConfig")
	}
	origins := map[string]map[string]any{}
	for _, o := range list(cfg["Origins"]) {
		m := o.(map[string]any)
		origins[fmt.Sprint(m["Id"])] = m
	}
	behaviors := map[string]map[string]any{}
	def, _ := cfg["DefaultCacheBehavior"].(map[string]any)
	behaviors["default"] = def
	for _, b := range list(cfg["CacheBehaviors"]) {
		m := b.(map[string]any)
		behaviors[fmt.Sprint(m["PathPattern"])] = m
	}
	originOf := func(pattern string) map[string]any {
		t.Helper()
		b := behaviors[pattern]
		if b == nil {
			t.Fatalf("no cache behavior %s", pattern)
		}
		o := origins[fmt.Sprint(b["TargetOriginId"])]
		if o == nil {
			t.Fatalf("behavior %s targets unknown origin %v", pattern, b["TargetOriginId"])
		}
		return o
	}
	oac := one("AWS::CloudFront::OriginAccessControl")

	t.Run("OriginAccessControl", func(t *testing.T) {
		c, _ := props(oac)["OriginAccessControlConfig"].(map[string]any)
		if c["OriginAccessControlOriginType"] != "s3" || c["SigningBehavior"] != "always" || c["SigningProtocol"] != "sigv4" {
			t.Errorf("OAC %s must sign every S3 request with SigV4: %v", oac, c)
		}
		for _, pattern := range []string{"default", "/images/*"} {
			o := originOf(pattern)
			if ga, _ := o["OriginAccessControlId"].(map[string]any); ga["Fn::GetAtt"] != oac+".Id" {
				t.Errorf("origin %v (%s) without Origin Access Control: %v", o["Id"], pattern, o["OriginAccessControlId"])
			}
			s3, _ := o["S3OriginConfig"].(map[string]any)
			if s3 == nil || s3["OriginAccessIdentity"] != "" {
				t.Errorf("origin %v must be an S3 origin with an empty (legacy) OriginAccessIdentity: %v", o["Id"], s3)
			}
		}
	})

	spa := ""
	t.Run("SpaBucket", func(t *testing.T) {
		dn, _ := originOf("default")["DomainName"].(map[string]any)
		ga, _ := dn["Fn::GetAtt"].(string)
		spa = strings.TrimSuffix(ga, ".RegionalDomainName")
		if res[spa]["Type"] != "AWS::S3::Bucket" || !strings.HasSuffix(ga, ".RegionalDomainName") {
			t.Fatalf("the default behavior's origin is %v, want a bucket's RegionalDomainName", dn)
		}
		b := props(spa)
		pab, _ := b["PublicAccessBlockConfiguration"].(map[string]any)
		for _, k := range []string{"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"} {
			if pab[k] != true {
				t.Errorf("%s: %s is not true", spa, k)
			}
		}
		if b["BucketEncryption"] == nil {
			t.Errorf("%s is not encrypted", spa)
		}
		if b["WebsiteConfiguration"] != nil || b["AccessControl"] != nil {
			t.Errorf("%s must be a private REST origin (no website hosting, no ACL)", spa)
		}
		if oc, _ := b["OwnershipControls"].(map[string]any); fmt.Sprint(oc["Rules"]) != "[map[ObjectOwnership:BucketOwnerEnforced]]" {
			t.Errorf("%s: ACLs must be disabled (BucketOwnerEnforced): %v", spa, oc)
		}
	})

	t.Run("BucketPolicies", func(t *testing.T) {
		policies := ofType("AWS::S3::BucketPolicy")
		if len(policies) != 2 {
			t.Fatalf("bucket policies %v, want the app's and the images'", policies)
		}
		var sawSpa, sawImages bool
		for _, id := range policies {
			p := props(id)
			bucket := p["Bucket"]
			doc, _ := p["PolicyDocument"].(map[string]any)
			var allows, tls int
			for _, st := range list(doc["Statement"]) {
				s := st.(map[string]any)
				if s["Effect"] == "Deny" {
					if c, _ := s["Condition"].(map[string]any); fmt.Sprint(c["Bool"]) == "map[aws:SecureTransport:false]" {
						tls++
					}
					continue
				}
				allows++
				pr, _ := s["Principal"].(map[string]any)
				if pr["Service"] != "cloudfront.amazonaws.com" {
					t.Errorf("%s allows %v: only CloudFront may read", id, s["Principal"])
				}
				if !slices.Equal(toStrings(s["Action"]), []string{"s3:GetObject"}) {
					t.Errorf("%s allows %v, want s3:GetObject only", id, s["Action"])
				}
				c, _ := s["Condition"].(map[string]any)
				eq, _ := c["StringEquals"].(map[string]any)
				src, _ := eq["AWS:SourceArn"].(map[string]any)
				if sub, _ := src["Fn::Sub"].(string); !strings.HasSuffix(sub, ":distribution/${"+dist+"}") {
					t.Errorf("%s: the read is not limited to this distribution (AWS:SourceArn): %v", id, c)
				}
				resource := fmt.Sprint(s["Resource"])
				switch {
				case fmt.Sprint(bucket) == "map[Ref:"+spa+"]":
					sawSpa = true
					if resource != "map[Fn::Sub:${"+spa+".Arn}/*]" {
						t.Errorf("%s: resource %s", id, resource)
					}
				case strings.Contains(fmt.Sprint(bucket), "ImagesBucketName"):
					sawImages = true
					if !strings.Contains(resource, "/images/*") || strings.Contains(resource, "uploads") {
						t.Errorf("%s: CloudFront may read images/* only, not %s", id, resource)
					}
				default:
					t.Errorf("%s is for an unknown bucket %v", id, bucket)
				}
			}
			if allows != 1 || tls != 1 {
				t.Errorf("%s: %d allow and %d TLS-only statements, want 1 and 1", id, allows, tls)
			}
		}
		if !sawSpa || !sawImages {
			t.Errorf("policies for the app bucket (%v) and the images bucket (%v) needed", sawSpa, sawImages)
		}
	})

	headers := func(b map[string]any) map[string]any {
		t.Helper()
		ref, _ := b["ResponseHeadersPolicyId"].(map[string]any)
		id, _ := ref["Ref"].(string)
		if res[id]["Type"] != "AWS::CloudFront::ResponseHeadersPolicy" {
			t.Fatalf("behavior %v: ResponseHeadersPolicyId %v is not a policy of the stack", b["PathPattern"], b["ResponseHeadersPolicyId"])
		}
		c, _ := props(id)["ResponseHeadersPolicyConfig"].(map[string]any)
		sh, _ := c["SecurityHeadersConfig"].(map[string]any)
		return sh
	}
	commonHeaders := func(t *testing.T, sh map[string]any) {
		hsts, _ := sh["StrictTransportSecurity"].(map[string]any)
		if n, _ := hsts["AccessControlMaxAgeSec"].(int); n < 31536000 || hsts["Override"] != true {
			t.Errorf("HSTS max-age %v, want at least a year, overriding the origin", hsts["AccessControlMaxAgeSec"])
		}
		if cto, _ := sh["ContentTypeOptions"].(map[string]any); cto["Override"] != true {
			t.Error("no X-Content-Type-Options: nosniff")
		}
		if fo, _ := sh["FrameOptions"].(map[string]any); fo["FrameOption"] != "DENY" {
			t.Errorf("X-Frame-Options %v, want DENY", fo)
		}
		if rp, _ := sh["ReferrerPolicy"].(map[string]any); rp["ReferrerPolicy"] == nil {
			t.Error("no Referrer-Policy")
		}
	}

	t.Run("AppHeaders", func(t *testing.T) {
		sh := headers(behaviors["default"])
		commonHeaders(t, sh)
		csp, _ := sh["ContentSecurityPolicy"].(map[string]any)
		if csp["Override"] != true {
			t.Error("CSP does not override")
		}
		v, _ := csp["ContentSecurityPolicy"].(map[string]any)
		sub, _ := v["Fn::Sub"].([]any)
		if len(sub) != 2 {
			t.Fatalf("CSP = %v, want !Sub [policy, {ImagesBucket: import}]", csp["ContentSecurityPolicy"])
		}
		vars, _ := sub[1].(map[string]any)
		if !strings.Contains(fmt.Sprint(vars["ImagesBucket"]), "-ImagesBucketName") {
			t.Errorf("CSP's ImagesBucket = %v, want the API stack's ImagesBucketName", vars["ImagesBucket"])
		}
		got, want := cspDirectives(fmt.Sprint(sub[0])), cspDirectives(local.AppCSP)
		upload := "https://${ImagesBucket}.s3.${AWS::Region}.amazonaws.com"
		for name, w := range want {
			g := got[name]
			if name == "connect-src" {
				w = append(slices.Clone(w), upload)
			}
			if !slices.Equal(g, w) {
				t.Errorf("CSP %s = %v, want %v (pkg/local AppCSP%s)", name, g, w,
					map[bool]string{true: " + the images bucket for presigned uploads", false: ""}[name == "connect-src"])
			}
		}
		for name := range got {
			if want[name] == nil {
				t.Errorf("CSP has %s, which the local server's AppCSP does not", name)
			}
		}
		if !slices.Equal(got["frame-ancestors"], []string{"'none'"}) {
			t.Errorf("frame-ancestors = %v", got["frame-ancestors"])
		}
	})

	t.Run("API", func(t *testing.T) {
		b := behaviors["/api/*"]
		o := originOf("/api/*")
		dn, _ := o["DomainName"].(map[string]any)
		if !strings.HasSuffix(fmt.Sprint(dn["Fn::ImportValue"]), "-ApiDomainName]") {
			t.Errorf("/api/* origin domain %v, want the API stack's ApiDomainName", dn)
		}
		c, _ := o["CustomOriginConfig"].(map[string]any)
		if c["OriginProtocolPolicy"] != "https-only" {
			t.Errorf("API origin protocol %v, want https-only", c["OriginProtocolPolicy"])
		}
		if n, _ := c["OriginReadTimeout"].(int); n < 26 {
			t.Errorf("OriginReadTimeout %v s is shorter than a send (25 s)", c["OriginReadTimeout"])
		}
		if b["CachePolicyId"] != cachingDisabled {
			t.Errorf("/api/* cache policy %v, want CachingDisabled", b["CachePolicyId"])
		}
		// All viewer headers but Host, all cookies, all query strings.
		if b["OriginRequestPolicyId"] != allViewerExceptHostHeader {
			t.Errorf("/api/* origin request policy %v, want AllViewerExceptHostHeader (cookies, Authorization)", b["OriginRequestPolicyId"])
		}
		methods := toStrings(b["AllowedMethods"])
		for _, m := range []string{"GET", "POST", "PATCH", "DELETE", "OPTIONS"} {
			if !slices.Contains(methods, m) {
				t.Errorf("/api/* does not allow %s", m)
			}
		}
		if b["ViewerProtocolPolicy"] != "https-only" {
			t.Errorf("/api/* viewer protocol %v, want https-only (a redirect would turn a POST into a GET)", b["ViewerProtocolPolicy"])
		}
		if b["FunctionAssociations"] != nil {
			t.Error("/api/* must not run the SPA fallback")
		}
	})

	t.Run("Images", func(t *testing.T) {
		b := behaviors["/images/*"]
		o := originOf("/images/*")
		dn, _ := o["DomainName"].(map[string]any)
		if !strings.HasSuffix(fmt.Sprint(dn["Fn::ImportValue"]), "-ImagesBucketRegionalDomainName]") {
			t.Errorf("/images/* origin %v, want the API stack's images bucket", dn)
		}
		if b["CachePolicyId"] != cachingOptimized {
			t.Errorf("/images/* cache policy %v", b["CachePolicyId"])
		}
		if !slices.Equal(toStrings(b["AllowedMethods"]), []string{"GET", "HEAD"}) {
			t.Errorf("/images/* allows %v, want GET, HEAD", b["AllowedMethods"])
		}
		sh := headers(b)
		commonHeaders(t, sh)
		csp, _ := sh["ContentSecurityPolicy"].(map[string]any)
		if s, _ := csp["ContentSecurityPolicy"].(string); !strings.Contains(s, "sandbox") || !strings.Contains(s, "default-src 'none'") {
			t.Errorf("images CSP %q, want default-src 'none'; sandbox (as pkg/local serves them)", s)
		}
	})

	t.Run("SpaFallback", func(t *testing.T) {
		if cfg["CustomErrorResponses"] != nil {
			t.Error("CustomErrorResponses would turn the API's 403/404 JSON into index.html: use the viewer-request function")
		}
		if cfg["DefaultRootObject"] != "index.html" {
			t.Errorf("DefaultRootObject %v", cfg["DefaultRootObject"])
		}
		fa := list(behaviors["default"]["FunctionAssociations"])
		if len(fa) != 1 {
			t.Fatalf("default behavior function associations %v, want the SPA fallback", fa)
		}
		a := fa[0].(map[string]any)
		arn, _ := a["FunctionARN"].(map[string]any)
		fn := strings.TrimSuffix(fmt.Sprint(arn["Fn::GetAtt"]), ".FunctionARN")
		if a["EventType"] != "viewer-request" || res[fn]["Type"] != "AWS::CloudFront::Function" {
			t.Fatalf("association %v, want viewer-request to a CloudFront function of the stack", a)
		}
		p := props(fn)
		if c, _ := p["FunctionConfig"].(map[string]any); c["Runtime"] != "cloudfront-js-2.0" || p["AutoPublish"] != true {
			t.Errorf("function %s: %v, AutoPublish %v", fn, c, p["AutoPublish"])
		}
		runSpaFallback(t, fmt.Sprint(p["FunctionCode"]))
	})

	t.Run("HTTPS", func(t *testing.T) {
		for name, b := range behaviors {
			if v := b["ViewerProtocolPolicy"]; v != "https-only" && v != "redirect-to-https" {
				t.Errorf("behavior %s: viewer protocol %v", name, v)
			}
		}
		vc, _ := cfg["ViewerCertificate"].(map[string]any)
		alt, _ := vc["Fn::If"].([]any)
		if len(alt) != 3 || alt[0] != "HasDomain" {
			t.Fatalf("ViewerCertificate = %v, want !If [HasDomain, ACM, default]", cfg["ViewerCertificate"])
		}
		acm, _ := alt[1].(map[string]any)
		if fmt.Sprint(acm["AcmCertificateArn"]) != "map[Ref:CertificateArn]" || acm["SslSupportMethod"] != "sni-only" ||
			!strings.HasPrefix(fmt.Sprint(acm["MinimumProtocolVersion"]), "TLSv1.2_") {
			t.Errorf("custom-domain certificate %v, want the ACM parameter, SNI, TLS 1.2+", acm)
		}
		if d, _ := alt[2].(map[string]any); d["CloudFrontDefaultCertificate"] != true {
			t.Errorf("default certificate %v", alt[2])
		}
	})

	t.Run("CustomDomain", func(t *testing.T) {
		if al, _ := cfg["Aliases"].(map[string]any); fmt.Sprint(al["Fn::If"]) != "[HasDomain [map[Ref:DomainName]] map[Ref:AWS::NoValue]]" {
			t.Errorf("Aliases = %v", cfg["Aliases"])
		}
		rules, _ := doc["Rules"].(map[string]any)
		if !strings.Contains(fmt.Sprint(rules), "CertificateArn") {
			t.Error("no rule requiring CertificateArn with a DomainName")
		}
		for _, id := range ofType("AWS::Route53::RecordSetGroup") {
			if res[id]["Condition"] != "HasZone" {
				t.Errorf("%s is not under Condition HasZone", id)
			}
			var types []string
			for _, rs := range list(props(id)["RecordSets"]) {
				r := rs.(map[string]any)
				types = append(types, fmt.Sprint(r["Type"]))
				at, _ := r["AliasTarget"].(map[string]any)
				if at["HostedZoneId"] != cloudFrontHostedZone || fmt.Sprint(at["DNSName"]) != "map[Fn::GetAtt:"+dist+".DomainName]" {
					t.Errorf("%s: alias %v, want the distribution in CloudFront's zone", id, at)
				}
			}
			slices.Sort(types)
			if !slices.Equal(types, []string{"A", "AAAA"}) {
				t.Errorf("%s: records %v, want A and AAAA", id, types)
			}
		}
		if len(ofType("AWS::Route53::RecordSetGroup")) != 1 {
			t.Error("no Route 53 alias records")
		}
	})

	t.Run("Outputs", func(t *testing.T) {
		outs, _ := doc["Outputs"].(map[string]any)
		for _, k := range []string{"AppOrigin", "DistributionDomainName", "DistributionId", "SpaBucketName"} {
			if outs[k] == nil {
				t.Errorf("output %s missing (the Makefile reads it)", k)
			}
		}
	})

	// Every import is "${ApiStackName}-X" for an X that template.yaml
	// exports as "${AWS::StackName}-X".
	t.Run("Imports", func(t *testing.T) {
		api := rawDoc(t, filepath.Join(root, "template.yaml"))
		exports := map[string]bool{}
		outs, _ := api["Outputs"].(map[string]any)
		for _, o := range outs {
			ex, _ := o.(map[string]any)["Export"].(map[string]any)
			name, _ := ex["Name"].(map[string]any)
			if s, ok := name["Fn::Sub"].(string); ok {
				exports[strings.TrimPrefix(s, "${AWS::StackName}-")] = true
			}
		}
		imports := map[string]bool{}
		var walk func(v any)
		walk = func(v any) {
			switch x := v.(type) {
			case []any:
				for _, e := range x {
					walk(e)
				}
			case map[string]any:
				for k, e := range x {
					if k == "Fn::ImportValue" {
						sub, _ := e.(map[string]any)
						s, _ := sub["Fn::Sub"].(string)
						if !strings.HasPrefix(s, "${ApiStackName}-") {
							t.Errorf("import %v is not ${ApiStackName}-<export>", e)
						}
						imports[strings.TrimPrefix(s, "${ApiStackName}-")] = true
						continue
					}
					walk(e)
				}
			}
		}
		walk(doc["Resources"])
		for name := range imports {
			if !exports[name] {
				t.Errorf("hosting imports %s, which template.yaml does not export", name)
			}
		}
		if len(imports) == 0 {
			t.Error("no imports")
		}
	})
}

func cspDirectives(s string) map[string][]string {
	out := map[string][]string{}
	for _, d := range strings.Split(s, ";") {
		f := strings.Fields(d)
		if len(f) > 0 {
			out[f[0]] = f[1:]
		}
	}
	return out
}

// runSpaFallback runs the CloudFront function's code with Node (required,
// like dynalite): client routes become /index.html, files pass.
func runSpaFallback(t *testing.T, code string) {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node not found: it is required (make test installs dynalite with npm)")
	}
	cases := map[string]string{
		"/":     "/index.html",
		"/chat": "/index.html",
		"/chat/0190f1e2-7c3a-7b00-8000-1234567890ab": "/index.html",
		"/board/":                    "/index.html",
		"/board/new":                 "/index.html",
		"/index.html":                "/index.html",
		"/assets/index-BLi88Q9A.js":  "/assets/index-BLi88Q9A.js",
		"/assets/index-CQdYFmea.css": "/assets/index-CQdYFmea.css",
		"/favicon.svg":               "/favicon.svg",
		"/.well-known/security.txt":  "/.well-known/security.txt",
	}
	in, _ := json.Marshal(cases)
	script := code + `
const cases = ` + string(in) + `;
const out = {};
for (const uri of Object.keys(cases)) out[uri] = handler({request: {uri: uri, method: 'GET', headers: {}}}).uri;
process.stdout.write(JSON.stringify(out));
`
	dir := t.TempDir()
	file := filepath.Join(dir, "fn.js")
	if err := os.WriteFile(file, []byte(script), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, file).Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got map[string]string
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("node output %q: %v", out, err)
	}
	for uri, want := range cases {
		if got[uri] != want {
			t.Errorf("SPA fallback: %s -> %s, want %s", uri, got[uri], want)
		}
	}
}

// TestMakeDeploy checks the deploy targets' recipes with make -n (nothing
// runs): the order of the steps and the stacks they name.
func TestMakeDeploy(t *testing.T) {
	makeBin, err := exec.LookPath("make")
	if err != nil {
		t.Skip("make not found")
	}
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	// Under `make test`, the outer make's flags must not leak into these.
	var env []string
	for _, e := range os.Environ() {
		if k, _, _ := strings.Cut(e, "="); k != "MAKEFLAGS" && k != "MFLAGS" && k != "MAKELEVEL" && k != "STAGE" {
			env = append(env, e)
		}
	}
	dry := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(makeBin, append([]string{"-n", "--no-print-directory"}, args...)...)
		cmd.Dir, cmd.Env = root, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("make -n %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	inOrder := func(out string, steps ...string) {
		t.Helper()
		at := 0
		for _, s := range steps {
			i := strings.Index(out[at:], s)
			if i < 0 {
				t.Errorf("step %q missing (or out of order) in:\n%s", s, out)
				return
			}
			at += i + len(s)
		}
	}
	out := dry("deploy", "STAGE=qa")
	inOrder(out,
		"/namebot/qa/jwt-signing-key", "ssm describe-parameters",
		"sam build", "--build-in-source",
		"sam deploy", "--stack-name namebot-qa",
		"aws cloudformation deploy", "--stack-name namebot-hosting-qa", "--template-file infra/hosting.yaml", "ApiStackName=namebot-qa",
	)
	out = dry("deploy-frontend", "STAGE=qa")
	inOrder(out, "npm run build", "namebot-hosting-qa", "aws s3 sync", "max-age=31536000", "index.html", "no-cache", "create-invalidation", "/index.html")
	if !regexp.MustCompile(`(?m)^manager:`).MatchString(readFile(t, filepath.Join(root, "Makefile"))) {
		t.Error("make manager is gone")
	}
	// Without a stage, nothing is deployed.
	cmd := exec.Command(makeBin, "-n", "deploy", "STAGE=")
	cmd.Dir, cmd.Env = root, env
	if out, err := cmd.CombinedOutput(); err == nil && strings.Contains(string(out), "sam deploy") {
		t.Errorf("make deploy without STAGE would deploy:\n%s", out)
	}
}

// TestCfnLint runs cfn-lint (the Python one, 1.x: it knows every resource
// type's schema and expands the SAM transform) on both templates, where it
// is installed; the structural tests above run everywhere.
func TestCfnLint(t *testing.T) {
	bin, err := exec.LookPath("cfn-lint")
	if err != nil {
		t.Skip("cfn-lint not installed")
	}
	v, err := exec.Command(bin, "--version").CombinedOutput()
	if err != nil || !regexp.MustCompile(`^cfn-lint [1-9]`).Match(v) {
		t.Skipf("%s is not cfn-lint 1.x (%q)", bin, strings.TrimSpace(string(v)))
	}
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--include-checks", "I", "--", "template.yaml", filepath.Join("infra", "hosting.yaml"))
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("cfn-lint: %v\n%s", err, out)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
