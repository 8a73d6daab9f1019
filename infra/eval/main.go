// Command eval is `make eval`: it asks every question of the evaluation set
// (eval/questions.yaml) and scores the answers against the names a careful
// reviewer accepted. It prints hit@1 and hit@3 (an accepted name among the
// first one / three names of the kind asked for), the filler rate (names
// that say nothing about the question), validity (names that pass the
// language's and convention's rules), and the same per intent, per
// programming language, per question language and per kind.
//
// Without OPENAI_API_KEY it scores the offline suggester; with it, the
// configured model (OPENAI_BASE_URL, OPENAI_MODEL) through the same client,
// prompt and parser the product uses, so models and prompts can be compared
// on one set. -offline forces the offline suggester.
//
// -baseline FILE fails (exit 1) when the offline scores fall below the
// committed baseline; -update-baseline raises it where the scores improved
// and never lowers it.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"namebot/pkg/evalset"
	"namebot/pkg/llm"
	"namebot/pkg/naming"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	set := fs.String("set", "eval/questions.yaml", "the evaluation set; several, separated by commas or as a glob (eval/unseen/*.yaml), are scored as one with each id prefixed by its file's name")
	show := fs.String("show", "misses", "per-question lines: none, misses (no accepted name in the first three), all, or recurring (accepted names three or more questions share, with a miss among them: the same question written again; score several sets as one)")
	offline := fs.Bool("offline", false, "score the offline suggester even when OPENAI_API_KEY is set")
	baseline := fs.String("baseline", "", "fail when the offline scores fall below this baseline file")
	update := fs.Bool("update-baseline", false, "raise the -baseline file where the scores improved (never lowers it)")
	jsonOut := fs.String("json", "", "also write the summaries as JSON to this file")
	parallel := fs.Int("parallel", 4, "questions asked at once (model only; the offline suggester runs one at a time)")
	timeout := fs.Duration("timeout", 20*time.Second, "per model call")
	if err := fs.Parse(args); err != nil {
		return err
	}
	qs, err := evalset.LoadSets(*set)
	if err != nil {
		return err
	}

	model, label := chooseModel(*offline, *timeout)
	par := 1
	if label != "offline" {
		par = *parallel
	}
	ctx := context.Background()
	start := time.Now()
	outs := Score(ctx, qs, par, func(ctx context.Context, q Question) (naming.Answer, error) {
		return model.Suggest(ctx, naming.Spec{Language: q.Language, Convention: q.Convention}, nil, q.Question)
	})
	elapsed := time.Since(start)

	report := Report{
		Set:     *set,
		Model:   label,
		Overall: Summarize("overall", outs),
		ByLang: GroupBy(outs, func(q Question) string {
			return q.Language
		}),
		ByIntent: GroupBy(outs, func(q Question) string { return q.Intent }),
		ByKind:   GroupBy(outs, func(q Question) string { return q.Kind }),
		ByQuestion: GroupBy(outs, func(q Question) string {
			if q.Korean() {
				return "Korean"
			}
			return "English"
		}),
		NearMisses: NearMisses(outs),
	}
	printQuestions(w, outs, *show)
	printReport(w, report, elapsed)

	if *jsonOut != "" {
		raw, err := json.MarshalIndent(report, "", "  ")
		if err != nil {
			return fmt.Errorf("encode report: %w", err)
		}
		if err := os.WriteFile(*jsonOut, append(raw, '\n'), 0o644); err != nil {
			return fmt.Errorf("write report: %w", err)
		}
	}
	if *baseline != "" {
		if label != "offline" {
			return errors.New("-baseline compares the offline suggester: unset OPENAI_API_KEY or pass -offline")
		}
		b, err := LoadBaseline(*baseline)
		if err != nil {
			return err
		}
		if *update {
			nb, changed := b.Raise(report.Overall)
			if changed {
				if err := nb.Write(*baseline); err != nil {
					return err
				}
				fmt.Fprintf(w, "\nbaseline raised: %s\n", nb)
			}
			return nil
		}
		if fails := b.Check(report.Overall); len(fails) > 0 {
			return fmt.Errorf("below the baseline %s:\n  %s", *baseline, strings.Join(fails, "\n  "))
		}
		fmt.Fprintf(w, "\nat or above the baseline (%s)\n", b)
	}
	return nil
}

// chooseModel is the configured model when OPENAI_API_KEY is set, else the
// offline suggester.
func chooseModel(forceOffline bool, timeout time.Duration) (interface {
	Suggest(context.Context, naming.Spec, []naming.Turn, string) (naming.Answer, error)
}, string) {
	key := os.Getenv("OPENAI_API_KEY")
	if forceOffline || key == "" {
		return llm.Offline{}, "offline"
	}
	model := os.Getenv("OPENAI_MODEL")
	if model == "" {
		model = "gpt-4o-mini"
	}
	base := os.Getenv("OPENAI_BASE_URL")
	label := "model " + model
	if base != "" {
		label += " at " + base
	}
	client := llm.New(key, base, model, timeout)
	if f, ok := llm.ParseFormat(os.Getenv("OPENAI_RESPONSE_FORMAT")); ok {
		client.UseFormat(f)
		label += ", " + f.String()
	}
	return client, label
}

// Report is what one run measured.
type Report struct {
	Set        string    `json:"set"`
	Model      string    `json:"model"`
	Overall    Summary   `json:"overall"`
	ByIntent   []Summary `json:"by_intent"`
	ByLang     []Summary `json:"by_language"`
	ByKind     []Summary `json:"by_kind"`
	ByQuestion []Summary `json:"by_question_language"`
	// NearMisses counts the misses by how near their names came (NearMiss).
	NearMisses map[string]int `json:"near_misses"`
}

func printQuestions(w io.Writer, outs []Outcome, show string) {
	switch show {
	case "none":
		return
	case "recurring":
		for _, r := range Recurrences(outs, 3) {
			fmt.Fprintf(w, "%s: %d of %d questions miss\n", r.Name, r.Misses, len(r.Questions))
			for _, o := range r.Questions {
				fmt.Fprintf(w, "     %s %-12s %s | got %s\n", hitMark(o), o.Q.ID, o.Q.Question, listOrNone(o.Asked[:min(3, len(o.Asked))]))
			}
		}
		fmt.Fprintln(w)
		return
	}
	for _, o := range outs {
		if show == "misses" && o.Hit3 && o.Err == nil && len(o.Filler) == 0 && len(o.Invalid) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s %-8s %-10s %-9s %s | %s\n", hitMark(o), o.Q.ID, o.Q.Language, o.Q.Kind, o.Q.Intent, o.Q.Question)
		if o.Err != nil {
			fmt.Fprintf(w, "     error: %v\n", o.Err)
			continue
		}
		fmt.Fprintf(w, "     got:    %s\n", listOrNone(o.Asked))
		fmt.Fprintf(w, "     accept: %s\n", strings.Join(o.Q.Accept, ", "))
		if len(o.Filler) > 0 {
			fmt.Fprintf(w, "     filler: %s\n", strings.Join(o.Filler, ", "))
		}
		if len(o.Invalid) > 0 {
			fmt.Fprintf(w, "     invalid: %s\n", strings.Join(o.Invalid, ", "))
		}
	}
	fmt.Fprintln(w)
}

// hitMark is an outcome's status as the per-question lines print it.
func hitMark(o Outcome) string {
	switch {
	case o.Err != nil:
		return "ERR "
	case o.Hit1:
		return "HIT1"
	case o.Hit3:
		return "HIT3"
	}
	return "MISS"
}

func listOrNone(xs []string) string {
	if len(xs) == 0 {
		return "(none of this kind)"
	}
	return strings.Join(xs, ", ")
}

func printReport(w io.Writer, r Report, elapsed time.Duration) {
	fmt.Fprintf(w, "namebot eval: %s, %d questions, %s (%s)\n\n", r.Set, r.Overall.N, r.Model, elapsed.Round(time.Millisecond))
	table(w, "", []Summary{r.Overall})
	table(w, "per intent", r.ByIntent)
	table(w, "per programming language", r.ByLang)
	table(w, "per question language", r.ByQuestion)
	table(w, "per kind asked", r.ByKind)
	misses := 0
	for _, n := range r.NearMisses {
		misses += n
	}
	if misses > 0 {
		fmt.Fprintf(w, "near misses (%d misses by their nearest name of the first three):", misses)
		for _, c := range NearMissClasses {
			fmt.Fprintf(w, " %s %d", c, r.NearMisses[c])
		}
		fmt.Fprintln(w)
	}
}

func table(w io.Writer, title string, rows []Summary) {
	if title != "" {
		fmt.Fprintf(w, "%s\n", title)
	}
	fmt.Fprintf(w, "  %-18s %4s %7s %7s %9s %7s %9s %9s %6s\n", "", "n", "hit@1", "hit@3", "answered", "filler", "off-topic", "validity", "names")
	for _, s := range rows {
		fmt.Fprintf(w, "  %-18s %4d %6.1f%% %6.1f%% %8.1f%% %6.1f%% %8.1f%% %8.1f%% %6d", s.Label, s.N,
			100*s.Hit1, 100*s.Hit3, 100*s.Answered, 100*s.FillerRate, 100*s.OffTopic, 100*s.Validity, s.Names)
		if s.Errors > 0 {
			fmt.Fprintf(w, "  errors %d", s.Errors)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
}
