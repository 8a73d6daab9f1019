package local

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// AWSEnv is where template.yaml is imagined deployed when its policies are
// evaluated: the pseudo parameters, the template parameters' values and
// the physical names of its resources (locally the tables are named by
// their logical ids and the bucket by IMAGES_BUCKET).
type AWSEnv struct {
	Partition, Region, Account string
	Params                     map[string]string // template parameter -> value; unset ones take their Default
	Names                      map[string]string // logical id -> physical name; unset ones are the logical id
}

// TableARN is the ARN of a table (IAM checks a call against the ARN of
// what it touches: a table, an index, a bucket, an object, a parameter).
func (e AWSEnv) TableARN(table string) string {
	return fmt.Sprintf("arn:%s:dynamodb:%s:%s:table/%s", e.Partition, e.Region, e.Account, table)
}

// BucketARN is the ARN of bucket.
func (e AWSEnv) BucketARN(bucket string) string {
	return fmt.Sprintf("arn:%s:s3:::%s", e.Partition, bucket)
}

// ObjectARN is the ARN of an object.
func (e AWSEnv) ObjectARN(bucket, key string) string { return e.BucketARN(bucket) + "/" + key }

// ParameterARN is the ARN of an SSM parameter ("/a/b" -> ...:parameter/a/b).
func (e AWSEnv) ParameterARN(name string) string {
	return fmt.Sprintf("arn:%s:ssm:%s:%s:parameter/%s", e.Partition, e.Region, e.Account, strings.TrimPrefix(name, "/"))
}

// Policy is what a function's execution role allows and denies, with
// every intrinsic resolved in an AWSEnv.
type Policy struct {
	Function   string
	Statements []Statement
}

// Statement is one resolved policy statement.
type Statement struct {
	Sid       string
	Allow     bool
	Actions   []string // may hold IAM wildcards (* and ?)
	Resources []string
}

// Allows reports whether the policy lets action ("dynamodb:Query") act on
// resource (an ARN): some Allow statement matches and no Deny does.
func (p *Policy) Allows(action, resource string) bool {
	allowed := false
	for _, s := range p.Statements {
		if !s.matches(action, resource) {
			continue
		}
		if !s.Allow {
			return false
		}
		allowed = true
	}
	return allowed
}

func (s Statement) matches(action, resource string) bool {
	hit := func(patterns []string, v string, fold bool) bool {
		for _, p := range patterns {
			if wildcard(p, v, fold) {
				return true
			}
		}
		return false
	}
	return hit(s.Actions, action, true) && hit(s.Resources, resource, false)
}

// wildcard matches IAM's * (any run) and ? (one character); actions are
// case-insensitive, ARNs are not.
func wildcard(pattern, v string, fold bool) bool {
	var re strings.Builder
	re.WriteString("^")
	if fold {
		re.WriteString("(?i)")
	}
	for _, r := range pattern {
		switch r {
		case '*':
			re.WriteString(".*")
		case '?':
			re.WriteString(".")
		default:
			re.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	re.WriteString("$")
	ok, _ := regexp.MatchString(re.String(), v)
	return ok
}

// FunctionPolicy resolves the Policies of function id in env: inline
// statements (with !If on conditions of the template) and the SAM policy
// templates samPolicyTemplates knows, expanded as SAM documents them.
func (t *Template) FunctionPolicy(id string, env AWSEnv) (*Policy, error) {
	f, ok := t.Functions[id]
	if !ok {
		return nil, fmt.Errorf("iam: no function %s in the template", id)
	}
	r := &resolver{t: t, env: env}
	p := &Policy{Function: id}
	for _, item := range list(f.Properties["Policies"]) {
		stmts, err := r.policy(item)
		if err != nil {
			return nil, fmt.Errorf("iam: %s: %w", id, err)
		}
		p.Statements = append(p.Statements, stmts...)
	}
	return p, nil
}

type resolver struct {
	t   *Template
	env AWSEnv
}

// policy resolves one entry of a function's Policies.
func (r *resolver) policy(item any) ([]Statement, error) {
	switch v := item.(type) {
	case string:
		return nil, fmt.Errorf("managed policy %s: its statements are not known here; use an inline statement or a SAM policy template", v)
	case map[string]any:
		if alt, ok := v["Fn::If"]; ok {
			chosen, err := r.choose(alt)
			if err != nil || chosen == nil {
				return nil, err
			}
			return r.policy(chosen)
		}
		if st, ok := v["Statement"]; ok {
			return r.statements(st)
		}
		if len(v) == 1 {
			for name, args := range v {
				return r.samTemplate(name, args)
			}
		}
	}
	return nil, fmt.Errorf("policy %v: not an inline policy or a policy template", item)
}

func (r *resolver) statements(v any) ([]Statement, error) {
	items := list(v)
	if m, ok := v.(map[string]any); ok {
		items = []any{m}
	}
	var out []Statement
	for _, item := range items {
		m, ok := item.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("statement %v is not a mapping", item)
		}
		if alt, ok := m["Fn::If"]; ok {
			chosen, err := r.choose(alt)
			if err != nil {
				return nil, err
			}
			if chosen == nil {
				continue
			}
			if m, ok = chosen.(map[string]any); !ok {
				return nil, fmt.Errorf("statement %v is not a mapping", chosen)
			}
		}
		for _, k := range []string{"NotAction", "NotResource", "NotPrincipal"} {
			if _, ok := m[k]; ok {
				return nil, fmt.Errorf("statement %v: %s is not supported by this check", m["Sid"], k)
			}
		}
		s := Statement{Allow: m["Effect"] == "Allow"}
		s.Sid, _ = m["Sid"].(string)
		if !s.Allow && m["Effect"] != "Deny" {
			return nil, fmt.Errorf("statement %v: Effect %v", m["Sid"], m["Effect"])
		}
		var err error
		if s.Actions, err = r.strings(m["Action"]); err != nil {
			return nil, fmt.Errorf("statement %v: Action: %w", s.Sid, err)
		}
		if s.Resources, err = r.strings(m["Resource"]); err != nil {
			return nil, fmt.Errorf("statement %v: Resource: %w", s.Sid, err)
		}
		out = append(out, s)
	}
	return out, nil
}

// samPolicyTemplates are the SAM policy templates this check expands: the
// actions and resource patterns of SAM's policy_templates.json, with the
// template's parameter (TableName, BucketName, ParameterName) as %s.
var samPolicyTemplates = map[string]struct {
	param      string
	statements []Statement
}{
	"DynamoDBCrudPolicy": {"TableName", []Statement{{Allow: true,
		Actions: []string{"dynamodb:GetItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:Scan", "dynamodb:Query",
			"dynamodb:UpdateItem", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem", "dynamodb:DescribeTable", "dynamodb:ConditionCheckItem"},
		Resources: []string{"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/%s", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/%s/index/*"}}}},
	"DynamoDBReadPolicy": {"TableName", []Statement{{Allow: true,
		Actions:   []string{"dynamodb:GetItem", "dynamodb:Scan", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DescribeTable"},
		Resources: []string{"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/%s", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/%s/index/*"}}}},
	"DynamoDBWritePolicy": {"TableName", []Statement{{Allow: true,
		Actions:   []string{"dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem"},
		Resources: []string{"arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/%s", "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/%s/index/*"}}}},
	"S3ReadPolicy": {"BucketName", []Statement{{Allow: true,
		Actions:   []string{"s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"},
		Resources: []string{"arn:${AWS::Partition}:s3:::%s", "arn:${AWS::Partition}:s3:::%s/*"}}}},
	"S3WritePolicy": {"BucketName", []Statement{{Allow: true,
		Actions:   []string{"s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"},
		Resources: []string{"arn:${AWS::Partition}:s3:::%s", "arn:${AWS::Partition}:s3:::%s/*"}}}},
	"S3CrudPolicy": {"BucketName", []Statement{{Allow: true,
		Actions: []string{"s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:PutObject", "s3:PutObjectAcl",
			"s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration", "s3:DeleteObject"},
		Resources: []string{"arn:${AWS::Partition}:s3:::%s", "arn:${AWS::Partition}:s3:::%s/*"}}}},
	"SSMParameterReadPolicy": {"ParameterName", []Statement{
		{Allow: true, Actions: []string{"ssm:DescribeParameters"}, Resources: []string{"*"}},
		{Allow: true, Actions: []string{"ssm:GetParameters", "ssm:GetParameter", "ssm:GetParametersByPath"},
			Resources: []string{"arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/%s"}}}},
}

func (r *resolver) samTemplate(name string, args any) ([]Statement, error) {
	tpl, ok := samPolicyTemplates[name]
	if !ok {
		return nil, fmt.Errorf("policy template %s: not expanded by this check (add it to samPolicyTemplates)", name)
	}
	m, _ := args.(map[string]any)
	vals, err := r.strings(m[tpl.param])
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("policy template %s: %s %v: %v", name, tpl.param, m[tpl.param], err)
	}
	var out []Statement
	for _, s := range tpl.statements {
		res := make([]string, 0, len(s.Resources))
		for _, pattern := range s.Resources {
			if strings.Contains(pattern, "%s") {
				pattern = fmt.Sprintf(pattern, vals[0])
			}
			v, err := r.sub(pattern, nil)
			if err != nil {
				return nil, err
			}
			res = append(res, v)
		}
		out = append(out, Statement{Sid: name, Allow: s.Allow, Actions: s.Actions, Resources: res})
	}
	return out, nil
}

// choose resolves [condition, then, else] to the branch taken; nil for
// !Ref AWS::NoValue.
func (r *resolver) choose(v any) (any, error) {
	alt := list(v)
	if len(alt) != 3 {
		return nil, fmt.Errorf("Fn::If %v: want [condition, then, else]", v)
	}
	name, _ := alt[0].(string)
	ok, err := r.condition(name, 0)
	if err != nil {
		return nil, err
	}
	chosen := alt[2]
	if ok {
		chosen = alt[1]
	}
	if m, isMap := chosen.(map[string]any); isMap && m["Ref"] == "AWS::NoValue" {
		return nil, nil
	}
	return chosen, nil
}

func (r *resolver) condition(name string, depth int) (bool, error) {
	c, ok := r.t.Conditions[name]
	if !ok {
		return false, fmt.Errorf("no condition %s", name)
	}
	return r.evalCondition(c, depth)
}

func (r *resolver) evalCondition(v any, depth int) (bool, error) {
	if depth > 20 {
		return false, errors.New("conditions nest too deep")
	}
	m, _ := v.(map[string]any)
	if c, ok := m["Condition"].(string); ok {
		return r.condition(c, depth+1)
	}
	if eq := list(m["Fn::Equals"]); len(eq) == 2 {
		a, err := r.scalar(eq[0])
		if err != nil {
			return false, err
		}
		b, err := r.scalar(eq[1])
		return a == b, err
	}
	if not := list(m["Fn::Not"]); len(not) == 1 {
		ok, err := r.evalCondition(not[0], depth+1)
		return !ok, err
	}
	for _, op := range []string{"Fn::And", "Fn::Or"} {
		args, ok := m[op]
		if !ok {
			continue
		}
		all, any := true, false
		for _, a := range list(args) {
			ok, err := r.evalCondition(a, depth+1)
			if err != nil {
				return false, err
			}
			all, any = all && ok, any || ok
		}
		if op == "Fn::And" {
			return all, nil
		}
		return any, nil
	}
	return false, fmt.Errorf("condition %v: not understood", v)
}

// strings resolves a string, a list or an intrinsic to strings; values
// that resolve to AWS::NoValue are left out.
func (r *resolver) strings(v any) ([]string, error) {
	if l, ok := v.([]any); ok {
		var out []string
		for _, e := range l {
			s, err := r.strings(e)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		}
		return out, nil
	}
	if m, ok := v.(map[string]any); ok {
		if alt, ok := m["Fn::If"]; ok {
			chosen, err := r.choose(alt)
			if err != nil || chosen == nil {
				return nil, err
			}
			return r.strings(chosen)
		}
	}
	s, err := r.scalar(v)
	if err != nil {
		return nil, err
	}
	return []string{s}, nil
}

// scalar resolves a string or an intrinsic that yields one string.
func (r *resolver) scalar(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case bool, int, float64:
		return fmt.Sprint(x), nil
	case map[string]any:
		if ref, ok := x["Ref"].(string); ok {
			return r.ref(ref)
		}
		if ga, ok := x["Fn::GetAtt"]; ok {
			s, _ := ga.(string)
			if l := list(ga); len(l) == 2 {
				s = fmt.Sprintf("%v.%v", l[0], l[1])
			}
			return r.getAtt(s)
		}
		if sub, ok := x["Fn::Sub"]; ok {
			if s, ok := sub.(string); ok {
				return r.sub(s, nil)
			}
			if l := list(sub); len(l) == 2 {
				s, _ := l[0].(string)
				vars, _ := l[1].(map[string]any)
				return r.sub(s, vars)
			}
		}
		if alt, ok := x["Fn::If"]; ok {
			chosen, err := r.choose(alt)
			if err != nil {
				return "", err
			}
			if chosen == nil {
				return "", errors.New("AWS::NoValue where one value is needed")
			}
			return r.scalar(chosen)
		}
		if j := list(x["Fn::Join"]); len(j) == 2 {
			sep, _ := j[0].(string)
			parts, err := r.strings(j[1])
			return strings.Join(parts, sep), err
		}
	}
	return "", fmt.Errorf("%v: not a value this check resolves", v)
}

func (r *resolver) ref(name string) (string, error) {
	switch name {
	case "AWS::Partition":
		return r.env.Partition, nil
	case "AWS::Region":
		return r.env.Region, nil
	case "AWS::AccountId":
		return r.env.Account, nil
	case "AWS::URLSuffix":
		return "amazonaws.com", nil
	case "AWS::StackName":
		return "namebot-local", nil
	}
	if p, ok := r.t.Parameters[name]; ok {
		if v, ok := r.env.Params[name]; ok {
			return v, nil
		}
		return fmt.Sprint(p["Default"]), nil
	}
	if _, ok := r.t.Resources[name]; ok {
		return r.name(name), nil
	}
	return "", fmt.Errorf("!Ref %s: no such parameter or resource", name)
}

func (r *resolver) name(id string) string {
	if n, ok := r.env.Names[id]; ok {
		return n
	}
	return id
}

func (r *resolver) getAtt(s string) (string, error) {
	id, attr, _ := strings.Cut(s, ".")
	res, ok := r.t.Resources[id]
	if !ok || attr != "Arn" {
		return "", fmt.Errorf("!GetAtt %s: only the Arn of a resource of the template", s)
	}
	switch res["Type"] {
	case "AWS::DynamoDB::Table":
		return r.env.TableARN(r.name(id)), nil
	case "AWS::S3::Bucket":
		return r.env.BucketARN(r.name(id)), nil
	}
	return "", fmt.Errorf("!GetAtt %s: ARN of a %v not known here", s, res["Type"])
}

var subVar = regexp.MustCompile(`\$\{([^}]+)\}`)

func (r *resolver) sub(s string, vars map[string]any) (string, error) {
	var failed error
	out := subVar.ReplaceAllStringFunc(s, func(m string) string {
		name := m[2 : len(m)-1]
		if strings.HasPrefix(name, "!") {
			return "${" + name[1:] + "}"
		}
		var v string
		var err error
		switch {
		case vars[name] != nil:
			v, err = r.scalar(vars[name])
		case strings.Contains(name, ".") && !strings.HasPrefix(name, "AWS::"):
			v, err = r.getAtt(name)
		default:
			v, err = r.ref(name)
		}
		if err != nil && failed == nil {
			failed = fmt.Errorf("Fn::Sub %q: %w", s, err)
		}
		return v
	})
	return out, failed
}

// Denied is a recorded call the function's policy does not allow.
type Denied struct {
	Call   AWSCall
	Reason string
}

// CheckCalls checks each recorded call against its function's policy in
// env; calls made outside any function (Function "") are not checked.
func (t *Template) CheckCalls(calls []AWSCall, env AWSEnv) ([]Denied, error) {
	policies := map[string]*Policy{}
	var denied []Denied
	for _, c := range calls {
		if c.Function == "" {
			continue
		}
		p, ok := policies[c.Function]
		if !ok {
			var err error
			if p, err = t.FunctionPolicy(c.Function, env); err != nil {
				return nil, err
			}
			policies[c.Function] = p
		}
		if !p.Allows(c.Action, c.Resource) {
			denied = append(denied, Denied{Call: c, Reason: fmt.Sprintf("%s's policy does not allow %s on %s", c.Function, c.Action, c.Resource)})
		}
	}
	sort.Slice(denied, func(i, j int) bool { return denied[i].Reason < denied[j].Reason })
	return denied, nil
}

// FunctionEnv is the environment Lambda gives function id when the
// template is deployed in env: Globals' variables overlaid with the
// function's own, intrinsics resolved.
func (t *Template) FunctionEnv(id string, env AWSEnv) (map[string]string, error) {
	f, ok := t.Functions[id]
	if !ok {
		return nil, fmt.Errorf("iam: no function %s in the template", id)
	}
	r := &resolver{t: t, env: env}
	out := map[string]string{}
	for _, props := range []map[string]any{t.Globals, f.Properties} {
		e, _ := props["Environment"].(map[string]any)
		vars, _ := e["Variables"].(map[string]any)
		for k, v := range vars {
			s, err := r.scalar(v)
			if err != nil {
				return nil, fmt.Errorf("iam: %s: environment %s: %w", id, k, err)
			}
			out[k] = s
		}
	}
	return out, nil
}
