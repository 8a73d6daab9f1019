// Package evalset reads namebot's evaluation sets (eval/questions.yaml,
// eval/read, eval/unseen; eval/README.md explains the fields): the format
// `make eval` (infra/eval) scores and the suggester's learned order
// (pkg/suggest, learned_test.go) trains on.
package evalset

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"namebot/pkg/naming"
)

// Question is one entry of the evaluation set (eval/questions.yaml; its
// README explains the fields).
type Question struct {
	ID         string   `yaml:"id"`
	Language   string   `yaml:"language"`
	Convention string   `yaml:"convention"`
	Question   string   `yaml:"question"`
	Intent     string   `yaml:"intent"`
	Kind       string   `yaml:"kind"`
	Accept     []string `yaml:"accept"`
	Reject     []string `yaml:"reject"`
	Related    []string `yaml:"related"`
}

// Intents are the kinds of question the set must cover.
var Intents = []string{
	"action", "predicate", "count", "collection", "constant", "type",
	"handler", "async", "conversion", "sort_filter_group", "datetime",
}

// LoadQuestions reads and checks an evaluation set.
func LoadQuestions(path string) ([]Question, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read eval set: %w", err)
	}
	var qs []Question
	dec := yaml.NewDecoder(strings.NewReader(string(raw)))
	dec.KnownFields(true)
	if err := dec.Decode(&qs); err != nil {
		return nil, fmt.Errorf("parse eval set %s: %w", path, err)
	}
	seen := map[string]bool{}
	var errs []error
	for i, q := range qs {
		where := fmt.Sprintf("%s: entry %d (%s)", path, i+1, q.ID)
		switch {
		case q.ID == "":
			errs = append(errs, fmt.Errorf("%s: no id", where))
		case seen[q.ID]:
			errs = append(errs, fmt.Errorf("%s: duplicate id", where))
		}
		seen[q.ID] = true
		if strings.TrimSpace(q.Question) == "" {
			errs = append(errs, fmt.Errorf("%s: no question", where))
		}
		if _, known := naming.Resolve(naming.Spec{Language: q.Language}); !known {
			errs = append(errs, fmt.Errorf("%s: unknown language %q", where, q.Language))
		}
		if k, ok := naming.ParseKind(q.Kind); !ok || string(k) != q.Kind {
			errs = append(errs, fmt.Errorf("%s: kind %q is not function, variable, constant or class", where, q.Kind))
		}
		if !knownIntent(q.Intent) {
			errs = append(errs, fmt.Errorf("%s: unknown intent %q", where, q.Intent))
		}
		if len(q.Accept) == 0 {
			errs = append(errs, fmt.Errorf("%s: no accepted names", where))
		}
	}
	if len(qs) == 0 {
		errs = append(errs, fmt.Errorf("%s: no questions", path))
	}
	return qs, errors.Join(errs...)
}

func knownIntent(s string) bool {
	for _, in := range Intents {
		if in == s {
			return true
		}
	}
	return false
}

// Korean reports whether the question is written in Korean.
func (q Question) Korean() bool { return naming.QuestionIsKorean(q.Question) }

// Key is a name reduced to what a reviewer compares: its words, lower case,
// without the sigils and marks that only the language adds ($name, @name,
// admin?, kMaxSize, _field). "autocompleteSuggestions" and
// "autocomplete_suggestions" have the same key; "suggestions" does not.
func Key(name string) string {
	s := strings.TrimSpace(name)
	s = strings.TrimLeft(s, "$@_")
	s = strings.TrimRight(s, "?!_")
	// Google C++ constants: kMaxRetries is MAX_RETRIES.
	if len(s) > 2 && s[0] == 'k' && s[1] >= 'A' && s[1] <= 'Z' {
		s = s[1:]
	}
	return strings.Join(naming.Split(s), " ")
}

// LoadSets reads one set, or several separated by commas or named by a
// glob (eval/unseen/*.yaml) scored as one: each id is prefixed with its
// file's base name (u1/ko-001) so ids stay unique across the sets.
func LoadSets(spec string) ([]Question, error) {
	var paths []string
	for _, p := range strings.Split(spec, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if strings.ContainsAny(p, "*?[") {
			m, err := filepath.Glob(p)
			if err != nil {
				return nil, fmt.Errorf("eval set pattern %q: %w", p, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("eval set pattern %q matches no file", p)
			}
			paths = append(paths, m...)
			continue
		}
		paths = append(paths, p)
	}
	if len(paths) == 1 {
		return LoadQuestions(paths[0])
	}
	var all []Question
	for _, p := range paths {
		qs, err := LoadQuestions(p)
		if err != nil {
			return nil, err
		}
		base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		for _, q := range qs {
			q.ID = base + "/" + q.ID
			all = append(all, q)
		}
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("eval set %q names no file", spec)
	}
	return all, nil
}
