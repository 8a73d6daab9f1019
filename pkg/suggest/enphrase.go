package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// This file reads the shapes of English noun phrases that identifiers say
// in another order, before the clause readers (enclause.go) run:
//
//	the pods for each namespace          → the pods per namespace (podsByNamespace)
//	retries a failed payment up to three times → retries a failed payment
//	a map holding the pods               → a map that holds the pods
//	how often to refresh the cache       → cache refresh interval
//	how long to wait between retries     → retry interval
//	interval between two consecutive pings → ping interval
//	the port the server listens on       → the server port
//	view controller for the onboarding screen → onboarding view controller class
//	thread pool for processing background jobs → background job thread pool
//	smart pointer to the current scene   → current scene
//	users without a verified email       → users-without-verified-email (one noun)
//	event raised when an order is shipped → event fired when ... (OrderShipped)
//	start of the current billing period  → current billing period start
//	upper bound on the number of X       → maximum number of X
//	the name of the file being uploaded  → the name of the uploading file
//	the height of the keyboard when it is shown → the height of the keyboard
//	the name of the current branch       → the current branch name
//	splits transactions into income and expenses → splits income-and-expenses
//	restart the level from the last checkpoint → ... from the checkpoint
//	how many comments each post has      → number of comments per post
//	emails waiting to be sent            → pending emails
//	interval at which the metrics are flushed → how often the metrics are flushed
//	timeout after which an idle session is closed → idle session timeout
//	errors collected while validating the form → form validation errors
//	the amount of free disk space in bytes → free disk space in bytes
//	is worth retrying                    → is retryable
//	keeps polling the job status         → polls the job status
//	map from user id to when they were last seen → map from user id to last seen at (lastSeenAtByUserId)
//	number of rows affected by an UPDATE → number of affected rows (affectedRowCount, rowsAffected)
//	how many bytes have been written     → number of written bytes (bytesWritten)
//	tests failed in the last run         → failed tests (the run is a one-off scope)
//	seats available for a concert        → available seats (what a count is for is context)

const (
	// for each X, for every single X: per X
	reForEach = lazyRE(`(?i)\bfor\s+(?:each|every)(?:\s+single|\s+individual)?\s+([a-z])`)
	// the interval between two consecutive pings: the ping interval
	reBetweenEach = lazyRE(`(?i)\b(?:time\s+)?(interval|delay|gap|pause|cooldown)\s+between\s+(?:(?:each|two|consecutive|successive|subsequent)\s+)*((?:[a-z]+\s+)?[a-z]+s)\b`)
	// a map's value said as a time clause: to when they were last seen
	reToWhen = lazyRE(`(?i)\b(to|onto)\s+when\s+(?:it|they|he|she|(?:the|a|an)\s+[a-z]+)\s+(?:(?:was|were|is|are|got|has\s+been|have\s+been|had\s+been)\s+)?(last\s+|first\s+)?([a-z]+)\b`)
	// worth retrying: retryable
	reWorthIng = lazyRE(`(?i)\bworth\s+([a-z]+ing)\b`)
	// keeps polling, keep on retrying, continues to read: the action itself
	reKeepsIng = lazyRE(`(?i)\b(keeps|keep|kept|continues|continue)\s+(?:on\s+|to\s+)?([a-z]+(?:ing)?)\b`)
	// until it is done: the loop's end, no name word
	reUntilDone = lazyRE(`(?i)\s*,?\s+until\s+(?:it|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:is\s+|are\s+|has\s+|have\s+|gets\s+)?(?:done|finished|complete|completed|ready|succeeds|succeeded|finishes|completes)\b`)
	// a dialog window is a dialog
	reDialogWindow = lazyRE(`(?i)\b(dialog|popup|modal)\s+(?:window|box)\b`)
	// view controller for the onboarding screen: OnboardingViewController
	reUIRoleFor = lazyRE(`(?i)^(?:an?\s+|the\s+)?(view\s*controller|fragment|activity|view\s*model|viewmodel|presenter|widget|form|dialog|modal|bottom\s+sheet|composable|component|screen|page)\s+(?:for|of|(?:that|which)\s+(?:shows|displays|renders|lists))\s+(?:the\s+|an?\s+|all\s+)?([a-z]+(?:\s+[a-z]+){0,3})\s*[?.!]?$`)
	// a pointer to the current scene: the current scene
	rePointerTo = lazyRE(`(?i)\b(?:(?:smart|raw|weak|shared|unique|const|mutable)\s+)?(?:pointer|ptr|reference)\s+to\s+(?:the\s+|a\s+|an\s+)?([a-z])`)
	// an event raised (emitted, published) when ...: fired when
	reRaisedWhen = lazyRE(`(?i)\b(?:raised|emitted|published|dispatched|broadcast|sent\s+out)\s+(when|whenever|after|once)\b`)
	// the start of the current billing period: its start, a noun
	reStartOf = lazyRE(`(?i)^(?:the\s+)?(start|beginning|end)\s+of\s+(?:the\s+|this\s+|a\s+)?((?:[a-z]+\s+){0,3}[a-z]+)\s*([?.!]?)$`)
	// an upper bound on the number of X: the max number of X
	reBoundOn = lazyRE(`(?i)\b(?:an?\s+|the\s+)?(upper|lower|hard|soft)\s+(?:bound|limit|cap)\s+(?:on|for|of)\s+(?:the\s+)?`)
	// the file being uploaded: the uploading file
	reNounBeing = lazyRE(`(?i)\b([a-z]+)\s+being\s+([a-z]+)\b`)
	// the height of the keyboard when it is shown: when is no name word
	reErrorWhen  = lazyRE(`(?i)\b(?:error|exception|err|panic|signal)s?\s+(?:\w+\s+)?(?:when|whenever|if)\b`) // error returned when the queue is full: the when names it
	reWhenItIs   = lazyRE(`(?i)\s*,?\s+(?:when|while|whenever)\s+(?:it|they|(?:the|a|an)\s+[a-z]+)\s+(?:is|are|gets|get)\s+(?:being\s+)?[a-z]+\s*([?.!]?)$`)
	reYesNoStart = lazyRE(`(?i)^(?:is|are|does|do|can|should|has|have|was|were|whether|check|flag|boolean|bool|true)\b`)
	// splits transactions into income and expenses: split income and expenses
	reSplitInto = lazyRE(`(?i)\b(split|splits|partition|partitions|separate|separates|divide|divides|sort|sorts)\s+(?:the\s+|a\s+|all\s+)?(?:[a-z]+\s+)?[a-z]+\s+into\s+(?:the\s+)?([a-z]+)\s+(and|or)\s+(?:the\s+)?([a-z]+)\s*([?.!]?)$`)
	// from the last checkpoint: from the checkpoint
	reFromLast = lazyRE(`(?i)\b(from|to)\s+(?:the\s+)?(?:last|latest|most\s+recent|previous)\s+([a-z]+)\b`)
	// a reason after what is named: skipped because they were invalid
	reBecause = lazyRE(`(?i)\s*,?\s+because\b[^,;()]*`)
	// a count since startup: the count is of now
	reCountSince = lazyRE(`(?i)\s+since\s+(?:the\s+)?(?:startup|start|boot|launch|it\s+started|the\s+(?:app|server|process|service|program)\s+(?:started|launched|booted))\b`)
	// how many comments each post has: comments per post
	reEachHas = lazyRE(`(?i)\b(how\s+many|number\s+of|count\s+of)\s+([a-z]+s)\s+(?:each|every)\s+([a-z]+)\s+(?:has|have|gets|receives|contains|holds)\s*([?.!,]|$)`)
	// by each customer: per customer
	reByEach = lazyRE(`(?i)\bby\s+(?:each|every)\s+([a-z])`)
	// emails waiting to be sent: pending emails
	reWaitingTo = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+are\s+|which\s+are\s+)?(?:waiting|queued|pending)\s+to\s+be\s+[a-z]+\b`)
	// an object that maps X to Y: a map
	reObjectMaps = lazyRE(`(?i)\b(?:object|hash|record|array|structure)\s+(that|which)\s+maps\s+`)
	// the time to wait for a response: how long to wait
	reTimeToWait = lazyRE(`(?i)\b(?:the\s+)?(?:time|amount\s+of\s+time|duration)\s+to\s+(wait|sleep|pause)\b`)
	// the interval at which the metrics are flushed: how often
	reAtWhich = lazyRE(`(?i)\b(?:the\s+)?(?:interval|frequency|rate|period)\s+(?:at|with)\s+which\s+`)
	// the timeout after which an idle session is closed: the idle session timeout
	reAfterWhich = lazyRE(`(?i)\b(timeout|delay|grace\s+period|ttl)\s+after\s+which\s+(?:an?\s+|the\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\s+(?:is|are|gets|get|will\s+be|should\s+be)\s+[a-z]+\b`)
	reCountTime  = lazyRE(`(?i)\b(?:how\s+many|number\s+of)\s+(?:seconds|minutes|hours|days|weeks|months|years|ms|milliseconds)\b`)
	// errors collected while validating the form
	reWhileDoing = lazyRE(`(?i)\b([a-z]+s)\s+(?:(?:collected|found|raised|thrown|seen|encountered|produced|caught|logged|reported|returned|gathered|hit)\s+)?(?:while|during|when)\s+([a-z]+ing)(?:\s+(?:the\s+|a\s+|an\s+)?((?:[a-z]+\s+)?[a-z]+))?\s*$`)
	// how often an action is done is no name word: up to three times,
	// every five seconds, to once every 100ms
	reTimesWord = lazyRE(`(?i)\s+(?:up\s+to\s+|at\s+most\s+|at\s+least\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|n|x)\s+times\b|\s+(?:twice|thrice)\b`)
	reEveryN    = lazyRE(`(?i)\s+(?:to\s+once\s+|once\s+)?(?:every|each|per)\s+(?:\d+\s*|one\s+|two\s+|three\s+|five\s+|ten\s+|few\s+|couple\s+of\s+|n\s+)?(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|days?)\b`)
	// sends a welcome email after the user signs up: when, not what
	reAfterDoes = lazyRE(`(?i),?\s+(?:after|once|as\s+soon\s+as)\s+(?:an?|the|its|their)\s+\w+(?:\s+\w+)?\s+\w+s(?:\s+(?:up|in|out|off|on))?\s*([?.!]?)\s*$`)
	// adds an item if there is room: the condition is no name word
	reIfThere = lazyRE(`(?i)\s*,?\s+if\s+(?:there\s+(?:is|are)|possible|needed|necessary|required|it\s+exists|they\s+exist|available|allowed|enough)\b[^,.?]*`)
	// downloads a file and reports progress: the progress is a parameter
	reAndProgress = lazyRE(`(?i)\s+(?:and|while)\s+report(?:s|ing)?\s+(?:the\s+|its\s+)?progress\b`)
	// a function (a routine, a hook) asked by what it does
	reActionAsk = lazyRE(`(?i)\b(?:function|method|func|fn|callback|handler|helper|routine|coroutine|hook|closure|lambda|procedure|task|job|worker)\s+(?:that|to|which)\b`)
	// a type guard is a function
	reTypeGuard = lazyRE(`(?i)\btype\s+(?:guard|predicate)\b`)
	// the amount of free disk space in bytes: a measure, not a count
	reAmountIn = lazyRE(`(?i)\b(?:the\s+)?amount\s+of\s+([^,.?!()]+?\s+in\s+(?:bytes|kb|mb|gb|kilobytes|megabytes|gigabytes|seconds|ms|milliseconds|minutes|hours|days|percent|pixels|px|cents|dollars))\b`)
	// a map holding X: a map that holds X (map is no verb here)
	reHolding = lazyRE(`(?i)\b(map|dictionary|dict|hash\s*map|list|array|set|slice|vector|collection|table|lookup)\s+(?:holding|containing|storing|keeping)\s`)
	// what a count is for is context: seats available for a concert
	// booking, attempts left for the current user
	reCountFor = lazyRE(`(?i)\b((?:how\s+many|number\s+of|count\s+of)\s+[^,.?!()]*?)\s+for\s+(?:the|a|an|this|that|our|my|your|their|its)\s+[^,.?!()]*`)
	// a count's one-off scope: failed in the last run, errors during the
	// current sync (a span of time, in the last 7 days, stays)
	reCountScope = lazyRE(`(?i)\s+(?:in|during|from|of|for)\s+the\s+(?:last|latest|previous|current|most\s+recent)\s+([a-z]+)\b`)
)

// countAux are the words between a counted head and its participle
// (bytes that have already been written).
const countAux lazySet = "that which have has had been were are was is got get already successfully actually"

// countPreps start the agent or place after a counted participle (by the
// job, over the wire), besides clauseEnds.
const countPreps lazySet = "by over through via across per so"

// readNounPhrases rewrites the question's noun phrases (see above); the
// participles it puts before a head are returned, kept as written.
func readNounPhrases(q string, adjs map[string]bool, marks map[string]*Term) string {
	q = spellOut(q)
	if reActionAsk.MatchString(q) || reTypeGuard.MatchString(q) {
		// an action's manner and condition are no name words
		q = reTimesWord.ReplaceAllString(q, "")
		q = reEveryN.ReplaceAllString(q, "")
		if !reCalledWords.MatchString(q) {
			q = reAfterDoes.ReplaceAllString(q, "$1") // (a closure that runs after …: its event)
		}
		q = reIfThere.ReplaceAllString(q, "")
		q = reAndProgress.ReplaceAllString(q, "")
		q = reTypeGuard.ReplaceAllString(q, "function")
	} else {
		q = reForEach.ReplaceAllString(q, "per $1") // (sends a reminder for each invoice: no per)
	}
	q = reHolding.ReplaceAllString(q, "$1 that holds ")
	q = reWorthIng.ReplaceAllStringFunc(q, func(m string) string {
		s := reWorthIng.FindStringSubmatch(m)
		if v := verbBase(strings.ToLower(s[1]), false); v != "" {
			return ableForm(v)
		}
		return m
	})
	q = reKeepsIng.ReplaceAllStringFunc(q, func(m string) string {
		s := reKeepsIng.FindStringSubmatch(m)
		w := strings.ToLower(s[2])
		if to := strings.Contains(strings.ToLower(m), " to "); to == strings.HasSuffix(w, "ing") {
			return m // continues to read / keeps polling, not keeps track
		}
		v := verbBase(w, true)
		if v == "" || v == w && strings.HasSuffix(w, "ing") {
			return m
		}
		if strings.HasPrefix(strings.ToLower(s[1]), "kept") {
			return participle(englishVerb(v), v)
		}
		return thirdPerson(v)
	})
	q = reUntilDone.ReplaceAllString(q, "")
	q = reDialogWindow.ReplaceAllString(q, "$1")
	q = uiRoleFor(q, marks)
	q = rePointerTo.ReplaceAllString(q, "$1")
	q = reBecause.ReplaceAllString(q, "")
	q = reAmountIn.ReplaceAllString(q, "$1")
	q = reByEach.ReplaceAllString(q, "per $1")
	q = reEachHas.ReplaceAllString(q, "$1 $2 per $3$4")
	q = reWaitingTo.ReplaceAllString(q, "pending $1")
	q = reObjectMaps.ReplaceAllString(q, "map $1 maps ")
	q = reTimeToWait.ReplaceAllString(q, "how long to $1")
	q = reAtWhich.ReplaceAllString(q, "how often ")
	q = reAfterWhich.ReplaceAllString(q, "$2 $1")
	q = reBoundOn.ReplaceAllStringFunc(q, func(m string) string {
		if strings.EqualFold(reBoundOn.FindStringSubmatch(m)[1], "lower") {
			return "minimum "
		}
		return "maximum "
	})
	q = reNounBeing.ReplaceAllStringFunc(q, func(m string) string {
		if reHandlerWords.MatchString(q) {
			return m // listener for the window being resized: enclause2.go
		}
		s := reNounBeing.FindStringSubmatch(m)
		n := strings.ToLower(s[1])
		if clauseAux.has(n) || subjPronouns.has(n) || !nounHead(n) && nounTerm(singularNoun(n)) == nil {
			return m // is being uploaded: enclause.go's reBeing
		}
		if v, t := verbOfParticiple(strings.ToLower(s[2])); v != "" {
			return gerund(t, v) + " " + s[1]
		}
		return m
	})
	if !reHandlerWords.MatchString(q) && !reYesNoStart.MatchString(q) && !reErrorWhen.MatchString(q) {
		q = reWhenItIs.ReplaceAllString(q, "$1")
	}
	q = reRaisedWhen.ReplaceAllString(q, "fired $1")
	q = forDoing(q, marks)
	q = whileDoing(q, marks)
	if !reCountWords.MatchString(q) {
		q = reFromLast.ReplaceAllStringFunc(q, func(m string) string {
			s := reFromLast.FindStringSubmatch(m)
			if calendarWords.has(strings.ToLower(s[2])) || strings.EqualFold(s[1], "to") && !strings.EqualFold(s[2], "checkpoint") {
				return m // from the last week, to the last page
			}
			return s[1] + " the " + s[2]
		})
	}
	if s := reSplitInto.FindStringSubmatchIndex(q); s != nil {
		a, b := strings.ToLower(q[s[4]:s[5]]), strings.ToLower(q[s[8]:s[9]])
		if !stateWord(a) && !stateWord(b) && pastParticiple(a) == "" && pastParticiple(b) == "" && !strings.HasSuffix(a, "ing") {
			// the parts name the split (splitIncomeAndExpenses)
			q = q[:s[3]] + " " + markNouns([]string{a, strings.ToLower(q[s[6]:s[7]]), b}, marks) + q[s[10]:]
		}
	}
	q = nameOf(q)
	if s := reStartOf.FindStringSubmatch(q); s != nil && !calendarWords.has(lastField(strings.ToLower(s[2]))) {
		w := strings.ToLower(s[1])
		if w == "beginning" {
			w = "start"
		}
		q = s[2] + " " + markNouns([]string{w}, marks) + s[3] // billing period start
	}
	q = withoutOnes(q, marks)
	q = howOften(q, marks)
	if mapWords(q) {
		q = reToWhen.ReplaceAllStringFunc(q, func(m string) string {
			s := reToWhen.FindStringSubmatch(m)
			pp := pastParticiple(strings.ToLower(s[3]))
			if pp == "" {
				return m
			}
			// to last seen at: one noun
			return s[1] + " " + markNouns(cat(strings.Fields(strings.ToLower(s[2])), []string{pp, "at"}), marks)
		})
	}
	q = contactClause(q, marks)
	q = reBetweenEach.ReplaceAllStringFunc(q, func(m string) string {
		s := reBetweenEach.FindStringSubmatch(m)
		ws := strings.Fields(strings.ToLower(s[2]))
		ws[len(ws)-1] = singularNoun(ws[len(ws)-1])
		return markNouns(ws, marks) + " " + s[1]
	})
	if !reCountWords.MatchString(q) {
		return q
	}
	q = reCountScope.ReplaceAllStringFunc(q, func(m string) string {
		if oneOf(strings.ToLower(reCountScope.FindStringSubmatch(m)[1]), "second|minute|hour|day|week|month|year|quarter|decade") {
			return m
		}
		return ""
	})
	q = reCountFor.ReplaceAllString(q, "$1")
	if !reCountTime.MatchString(q) {
		q = reCountSince.ReplaceAllString(q, "")
	}
	return countedParticiple(q, adjs)
}

// countedParticiple: "number of rows affected by an UPDATE" counts
// affected rows; the agent or place after the participle (by an UPDATE,
// to the socket) is context and goes, a time (today) stays.
func countedParticiple(q string, adjs map[string]bool) string {
	ws := wordSpans(q)
	for i := 0; i+3 < len(ws); i++ {
		if !(ws[i].w == "many" && i > 0 && ws[i-1].w == "how" || (ws[i].w == "of" && i > 0 && (ws[i-1].w == "number" || ws[i-1].w == "count"))) {
			continue
		}
		h := i + 1
		e := h + 1 // after the head
		if !strings.HasSuffix(ws[h].w, "s") && strings.HasSuffix(ws[h+1].w, "s") && joined(q, ws, h, h+1) {
			e++ // network packets
		}
		if hw := ws[e-1].w; !strings.HasSuffix(hw, "s") || !headNoun(hw) || determiners.has(hw) || subjPronouns.has(hw) || clauseAux.has(hw) {
			continue
		}
		j := e
		if !nounHead(ws[e-1].w) && ws[e-1].w != "times" {
			// how many bytes we have written: a unit's clause, which
			// foldObjectClauses does not read (it reads a noun's)
			j = countSubject(q, ws, j)
		}
		for j < len(ws) && countAux.has(ws[j].w) && joined(q, ws, j-1, j) {
			j++
		}
		if j >= len(ws) || !joined(q, ws, j-1, j) {
			continue
		}
		at, pp := j, pastParticiple(ws[j].w)
		if pp == "" || ws[j].w == "had" {
			continue
		}
		j++
		if j < len(ws) && verbParticle.has(ws[j].w) && joined(q, ws, j-1, j) && phrasal(ws[j-1].w, ws[j].w) {
			pp += " " + ws[j].w
			j++
		}
		cut := j
		if j+2 < len(ws) && joined(q, ws, j-1, j) && (clauseEnds.has(ws[j].w) || countPreps.has(ws[j].w)) && determiners.has(ws[j+1].w) {
			if w := ws[j+2].w; w == "last" || w == "past" {
				// (were) placed in the last week: recent (relative.go)
				if at == e {
					return q
				}
				return spliceWords(q, ws, e, at, "")
			}
			cut = j + 2
			for k := 0; k < 3 && cut < len(ws) && joined(q, ws, cut-1, cut) && !scopeWord(ws[cut].w); k++ {
				cut++
			}
		} else if j < len(ws) && joined(q, ws, j-1, j) && !clauseEnds.has(ws[j].w) && !countPreps.has(ws[j].w) || j < len(ws) && ws[j].w == "last" {
			continue // an object follows: users who have verified their email
		}
		adjs[pp] = false
		rep := pp + " " + q[ws[h].start:ws[e-1].end]
		return spliceWords(q, ws, h, cut, rep)
	}
	return q
}

// countSubject: the end of the subject of a clause that counted things
// are the object of (how many bytes we have written, frames the video
// decoder dropped: the subject and its have), or j when none starts there.
func countSubject(q string, ws []span, j int) int {
	k := j
	switch {
	case k < len(ws) && subjPronouns.has(ws[k].w) && joined(q, ws, k-1, k):
		k++
	case k < len(ws) && (determiners.has(ws[k].w) || strings.HasPrefix(ws[k].w, "zqnoun")) && joined(q, ws, k-1, k):
		if !strings.HasPrefix(ws[k].w, "zqnoun") {
			k++
		}
		n := 0
		for n < 3 && k < len(ws) && joined(q, ws, k-1, k) && pastParticiple(ws[k].w) == "" && !clauseAux.has(ws[k].w) && !clauseEnds.has(ws[k].w) {
			if _, ok := enGrammar[ws[k].w]; ok && !strings.HasPrefix(ws[k].w, "zqnoun") {
				return j
			}
			k++
			n++
		}
		if n == 0 {
			return j
		}
	default:
		return j
	}
	for k < len(ws) && clauseAux.has(ws[k].w) && ws[k].w != "not" && ws[k].w != "never" && joined(q, ws, k-1, k) {
		k++
	}
	if k >= len(ws) || pastParticiple(ws[k].w) == "" || !joined(q, ws, k-1, k) {
		return j
	}
	return k
}

// scopeWord: a word that starts a time scope (today, this week).
func scopeWord(w string) bool {
	return scopeNouns.has(w) || w == "this" || w == "so" || w == "per"
}

// postParticiple is a count's phrase with its participle after the head,
// where the question had it (rows affected, emails sent today): the way
// counters are often named (rowsAffected, emailsSentToday); nil when the
// phrase has no such participle.
func postParticiple(t *np) []string {
	at := -1
	for i, m := range t.mods {
		if m.folded && m.t != nil && m.t.Class == 'a' && pastParticiple(m.surface) != "" {
			at = i
		}
		if len(t.mods) == 1 && !m.eng && m.t != nil && m.t.Class == 'v' && !m.ing && !m.neg && counterVerbs.has(m.t.en()) {
			at = i // 지금까지 쓴 바이트 수: bytesWritten
		}
	}
	if at < 0 || massy(t) {
		return nil
	}
	var pre, post []string
	for i, m := range t.mods {
		switch {
		case i == at:
		case m.t != nil && scopeNouns.has(m.t.en()):
			post = append(post, modWords(m)...) // emails sent today
		default:
			pre = append(pre, modWords(m)...)
		}
	}
	return cat(pre, t.nounWords(true), modWords(t.mods[at]), post)
}

// counterVerbs: the work a counter counts the things of, whose participle
// a counter puts after the noun (bytesWritten, messagesProcessed).
const counterVerbs lazySet = `write read send receive process upload download skip delete copy import export retry drop consume publish deliver handle scan index sync transfer insert update affect`

// oftenAux are the words between "how often" and the clause's verb (how
// often should we poll, how often the cache is refreshed).
const oftenAux lazySet = "to should shall will would must can could do does did is are was were be been being gets get got we i you they it"

// idleVerbs say only that something happens: how often the scheduler runs
// is the scheduler interval, how often we send a heartbeat the heartbeat
// interval.
const idleVerbs lazySet = "run send do perform execute fire trigger happen occur tick make take get emit"

// verbBase is the glossary verb w is a form of (refreshed, polls,
// refreshing: refresh), else w itself when it can be a bare verb; "".
func verbBase(w string, bare bool) string {
	if w == "ran" {
		return "run"
	}
	if v := englishVerb(w); v != nil && len(v.Words) == 1 {
		ls := lemmas(w)
		for _, l := range append(ls[1:], ls[0]) { // logging: log, before logging
			if verbTerm(l.word) == v || l.word == v.en() {
				return l.word // as written: flush, not its alias
			}
		}
		return v.en()
	}
	if v, _ := verbOfParticiple(w); v != "" {
		return v
	}
	if pastParticiple(w) != "" {
		l, _ := verbLemma(clause{verb: w}) // flushed: flush
		return l
	}
	if bare && len(w) > 2 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && pastParticiple(w) == "" {
		if _, ok := enGrammar[w]; !ok {
			return w // how often to autosave
		}
	}
	return ""
}

// nounRun reads up to two joined noun words at i (after an article): the
// words and the index after them.
func nounRun(q string, ws []span, i int) ([]string, int) {
	if i < len(ws) && determiners.has(ws[i].w) && (i == 0 || joined(q, ws, i-1, i)) {
		i++
	}
	var out []string
	for i < len(ws) && len(out) < 2 && (i == 0 || joined(q, ws, i-1, i)) {
		w := ws[i].w
		if g, ok := enGrammar[w]; ok && !(g.g == gCheck && len(out) > 0) || clauseEnds.has(w) || countPreps.has(w) || determiners.has(w) || subjPronouns.has(w) || clauseAux.has(w) {
			break // (health checks: a noun)
		}
		out = append(out, w)
		i++
	}
	if n := len(out); n > 0 {
		out[n-1] = singularNoun(out[n-1]) // health checks: health check
	}
	return out, i
}

// dropPlace skips a place after a clause (to the server, on disk): the
// index after it. A unit (in seconds) stays.
func dropPlace(q string, ws []span, i int) int {
	if i+1 >= len(ws) || !joined(q, ws, i-1, i) || ws[i].w == "in" && enGrammar[ws[i+1].w].g == gUnit {
		return i
	}
	switch ws[i].w {
	case "to", "from", "on", "onto", "into", "at", "with", "in", "over":
		if _, k := nounRun(q, ws, i+1); k > i+1 {
			return k
		}
	}
	return i
}

// howOften: "how often to refresh the cache" is the cache refresh
// interval, "how often the metrics are flushed to disk" the metrics flush
// interval, "how often we send a heartbeat" the heartbeat interval; "how
// long to wait between health checks" the health check interval, "how
// long to wait before retrying a request" the retry delay, "how long to
// wait for the database" the database timeout.
func howOften(q string, marks map[string]*Term) string {
	ws := wordSpans(q)
	for i := 0; i+3 < len(ws); i++ {
		if ws[i].w != "how" || !joined(q, ws, i, i+1) {
			continue
		}
		var subj []string
		j := i + 2
		switch ws[i+1].w {
		case "often", "frequently":
		case "long":
			return howLongWait(q, ws, i, marks)
		default:
			continue
		}
		to := j < len(ws) && ws[j].w == "to"
		if j < len(ws) && determiners.has(ws[j].w) {
			subj, j = nounRun(q, ws, j)
			if len(subj) == 0 {
				continue
			}
		}
		for j < len(ws) && oftenAux.has(ws[j].w) && joined(q, ws, j-1, j) {
			j++
		}
		if j >= len(ws) || !joined(q, ws, j-1, j) {
			continue
		}
		v := verbBase(ws[j].w, to)
		if v == "" {
			continue
		}
		j++
		if j < len(ws) && verbParticle.has(ws[j].w) && joined(q, ws, j-1, j) && phrasal(v, ws[j].w) {
			v += " " + ws[j].w
			j++
		}
		noun := subj
		if len(subj) == 0 {
			if noun, j = nounRun(q, ws, j); len(noun) == 0 && idleVerbs.has(v) {
				continue
			}
		}
		j = dropPlace(q, ws, j)
		name := []string{v, "interval"}
		if idleVerbs.has(v) && len(noun) > 0 {
			name = name[1:]
		}
		return spliceWords(q, ws, i, j, markNouns(noun, marks)+" "+markNouns(name, marks))
	}
	return q
}

// howLongWait reads "how long to wait before/between/for ..." at i.
func howLongWait(q string, ws []span, i int, marks map[string]*Term) string {
	j := i + 2
	for j < len(ws) && oftenAux.has(ws[j].w) && joined(q, ws, j-1, j) {
		j++
	}
	if j+1 >= len(ws) || !joined(q, ws, j-1, j) {
		return q
	}
	switch ws[j].w {
	case "wait", "sleep", "pause", "delay", "back":
	default:
		return q
	}
	j++
	if j+1 >= len(ws) || !joined(q, ws, j-1, j) {
		return q
	}
	noun := "delay"
	switch ws[j].w {
	case "between":
		noun = "interval"
	case "for":
		noun = "timeout"
	case "before", "after":
	default:
		return q
	}
	j++
	if j < len(ws) && (ws[j].w == "each" || ws[j].w == "two" || ws[j].w == "consecutive" || ws[j].w == "every") {
		j++
	}
	var what []string
	if j+1 < len(ws) && ws[j].w == "giving" && ws[j+1].w == "up" {
		// before giving up on a connection: the connection timeout
		noun, j = "timeout", j+2
		if j < len(ws) && ws[j].w == "on" {
			what, j = nounRun(q, ws, j+1)
		}
	} else if j < len(ws) && strings.HasSuffix(ws[j].w, "ing") {
		v := verbBase(ws[j].w, false)
		if v == "" {
			return q
		}
		what = []string{v}
		_, j = nounRun(q, ws, j+1) // retrying a failed request: the retry delay
	} else if what, j = nounRun(q, ws, j); len(what) == 0 {
		return q
	}
	if noun == "timeout" && j+1 < len(ws) && ws[j].w == "to" {
		// for the database to respond, for the lock to be released
		for j++; j+1 < len(ws) && oftenAux.has(ws[j].w) && joined(q, ws, j, j+1); j++ {
		}
		j++
	}
	j = dropPlace(q, ws, j)
	if noun != "timeout" {
		return spliceWords(q, ws, i, j, markNouns(cat(what, []string{noun}), marks))
	}
	return spliceWords(q, ws, i, j, markNouns(what, marks)+" timeout")
}

// markNouns is a placeholder for words read as one noun (fixMarked);
// words the glossary reads as nouns stay as written.
func markNouns(ws []string, marks map[string]*Term) string {
	plain := len(ws) > 0
	for _, w := range ws {
		if _, ok := enGrammar[w]; ok || englishVerb(w) != nil || nounTerm(w) == nil {
			plain = false // (log: a verb; parser: unknown, read as one)
		}
	}
	if plain || len(ws) == 0 {
		return strings.Join(ws, " ")
	}
	key := "zqnoun" + string(rune('a'+len(marks)))
	marks[key] = &Term{Words: ws, Class: 'n'}
	return key
}

// contactEnds may follow a contact clause's verb: its stranded preposition
// (the port the server listens on).
const contactPreps lazySet = "on to from with in into onto at for by under through"

// notContactHeads are nouns a clause after them makes an adverb (in a row,
// the way the user wants, the order they were added in).
const notContactHeads lazySet = "row way order case extent point moment"

// contactAfter may follow the clause: it has ended (when hovered).
const contactAfter lazySet = "when whenever if and or so before after while is are was were"

// contactClause: a clause right after its head with no "that", whose
// subject is a thing: "the port the server listens on" is the server
// port, "buffer size the parser uses" the parser buffer size, "the
// directory the logs are written to" the log directory. (A person's
// clause, "files the user dropped", is read by foldObjectClauses.)
func contactClause(q string, marks map[string]*Term) string {
	ws := wordSpans(q)
	for i := 0; i+3 < len(ws); i++ {
		h := ws[i].w
		if !determiners.has(ws[i+1].w) || !joined(q, ws, i, i+1) || personWords.has(h) || !nounHead(h) || notContactHeads.has(h) || presentVerb(h) && nounTerm(guessLemma(h).word) == nil ||
			i > 0 && presentVerb(h) && oneOf(ws[i-1].w, "that|which|who") {
			continue // (a function that builds the nav links: builds is its verb)
		}
		subj, j := nounRun(q, ws, i+1)
		if n := len(subj); n == 2 && (presentVerb(ws[j-1].w) || pastParticiple(ws[j-1].w) != "") {
			subj, j = []string{ws[j-2].w}, j-1 // the server | listens
		}
		if len(subj) == 0 {
			continue
		}
		person := personWords.has(subj[0]) || personWords.has(subj[len(subj)-1])
		subj[len(subj)-1] = singularNoun(subj[len(subj)-1])
		modal := false
		for j < len(ws) && oftenAux.has(ws[j].w) && !subjPronouns.has(ws[j].w) && ws[j].w != "to" && joined(q, ws, j-1, j) {
			modal = true
			j++
		}
		if j < len(ws) && contactPreps.has(ws[j].w) && (ws[j-1].w == "be" || ws[j-1].w == "have") {
			j-- // a ticket can be in: be is the verb
		}
		if j >= len(ws) || !joined(q, ws, j-1, j) {
			continue
		}
		v := ws[j].w
		doer := person && v != "be" && v != "have" // the day the user prefers: the preferred day
		if doer && (pastParticiple(v) != "" || !presentVerb(v) && !(modal && englishVerb(v) != nil)) {
			continue // files the user dropped: foldObjectClauses
		}
		if pastParticiple(v) != "" && !modal && h != "times" && h != "reason" && h != "cause" && !(j+1 < len(ws) && (contactPreps.has(ws[j+1].w) || verbParticle.has(ws[j+1].w)) && joined(q, ws, j, j+1)) {
			continue // frames the decoder dropped: dropped frames (foldObjectClauses), as a person's
		}
		if !(pastParticiple(v) != "" || presentVerb(v) || (englishVerb(v) != nil || v == "be" || v == "have") && (modal || strings.HasSuffix(v, "s"))) {
			continue
		}
		j++
		if j < len(ws) && verbParticle.has(ws[j].w) && joined(q, ws, j-1, j) && phrasal(v, ws[j].w) {
			j++
		}
		what := subj
		if j < len(ws) && contactPreps.has(ws[j].w) && joined(q, ws, j-1, j) {
			if ws[j].w == "by" && pastParticiple(v) != "" {
				// the column the table is sorted by: the sort column
				if b := verbBase(v, false); b != "" {
					what = []string{b}
				}
			}
			j++
		} else if h == "reason" || h == "cause" {
			// the reason the payment failed: payment failure reason
			if l, t := verbLemma(clause{verb: v}); nominals.get(l) != "" {
				what = cat(subj, splitWords(nominals.get(l)))
			} else if t != nil {
				what = cat(subj, eventNoun(t))
			}
		}
		if j < len(ws) && joined(q, ws, j-1, j) && !contactAfter.has(ws[j].w) {
			continue // the server sends the response: an object follows
		}
		k := i // the start of the head's compound (default | server port)
		for k > 0 && joined(q, ws, k-1, k) && nounHead(ws[k-1].w) && !determiners.has(ws[k-1].w) {
			k--
		}
		end := len(q)
		if j < len(ws) {
			end = ws[j].start
		}
		tail := strings.TrimLeft(q[ws[j-1].end:end], " ")
		if doer {
			b := verbBase(v, modal)
			if b == "" {
				continue
			}
			what = []string{participle(englishVerb(b), b)}
		}
		return q[:ws[k].start] + markNouns(what, marks) + " " + q[ws[k].start:ws[i].end] + " " + tail + q[end:]
	}
	return q
}

// keyedIdiom: a phrasebook name for a value, asked as a map's value, is
// keyed like the map (map from user id to when they were last seen:
// lastSeenAtByUserId); names that already say a map stay.
func keyedIdiom(w []string, f *frame, letter byte) []string {
	if letter != 'v' || !f.x.mapping || f.korean {
		return w
	}
	key := &f.by
	if key.empty() {
		key = &f.source
	}
	kw := key.nounWords(false)
	if len(kw) == 0 || f.target.empty() && f.by.empty() {
		return w
	}
	if slices.ContainsFunc(w, func(x string) bool { return oneOf(x, "by|per|map|to|lookup|index|table|dict|counts") }) {
		return w
	}
	return cat(w, []string{"by"}, kw)
}

// ableForm is the -able adjective of a verb: retry: retryable, cache:
// cacheable, log: loggable, save: savable.
func ableForm(v string) string {
	switch n := len(v); {
	case doubling.has(v):
		return v + v[n-1:] + "able"
	case strings.HasSuffix(v, "ce") || strings.HasSuffix(v, "ge") || strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "che"):
		return v + "able"
	case strings.HasSuffix(v, "e"):
		return v[:n-1] + "able"
	}
	return v + "able"
}

// screenRoles are a screen's own types: the screen word after what they
// show goes (the onboarding screen's view controller: OnboardingViewController).
const screenRoles lazySet = "viewcontroller fragment activity viewmodel presenter"

// uiRoleFor reads "view controller for the onboarding screen" as the
// onboarding view controller class; "form for editing customer details"
// as the edit customer details form.
func uiRoleFor(q string, marks map[string]*Term) string {
	s := reUIRoleFor.FindStringSubmatch(q)
	if s == nil {
		return q
	}
	role, ws := strings.ToLower(s[1]), strings.Fields(strings.ToLower(s[2]))
	if v := verbBase(ws[0], false); strings.HasSuffix(ws[0], "ing") && v != "" && nounTerm(ws[0]) == nil {
		ws[0] = v // editing customer details: edit customer details
	}
	if n := len(ws); n > 1 && screenRoles.has(strings.ReplaceAll(role, " ", "")) {
		switch ws[n-1] {
		case "screen", "page", "view":
			ws = ws[:n-1]
		}
	}
	return markNouns(ws, marks) + " " + role + " class"
}

// relationVerb: f's verb is an English present-tense relation of its
// subject (the browser supports web workers, the size exceeds the limit),
// not one read otherwise (contains, overlaps).
func relationVerb(f *frame) bool {
	v := f.verb
	if f.korean || v == nil || v.t == nil || !v.third || f.passive || f.past || f.ability || f.progress || v.t.Class != 'v' {
		return false
	}
	e := v.t.en()
	return !reciprocal.has(e) && e != "contain" && e != "include" && !handlerVerb(e) && (!f.subj.empty() || !f.topic.empty())
}

// checkRelation: "check if the browser supports web workers" asks a yes/no
// of a present-tense clause.
func checkRelation(f *frame) {
	pred := &f.obj
	if pred.empty() {
		pred = &f.target // function to check if …: after to
	}
	if f.check && !f.boolean && f.verb == nil && f.subj.empty() && len(pred.nouns) > 0 && !f.handler && !f.count && !f.list {
		// checks if a value is a string: the value says nothing, the
		// predicate is the name (isString)
		for i, it := range f.items {
			if it.g == gIs && i+2 < len(f.items) && determiners.has(f.items[i+1].surface) && f.items[i+2].surface == pred.nouns[0].surface {
				f.subj, *pred, f.copula = *pred, np{}, &np{}
				f.boolean, f.isNounQ = true, true
				return
			}
		}
	}
	if !f.check || f.boolean || !relationVerb(f) {
		return
	}
	for i, it := range f.items {
		if it.g == gCheck && (strings.HasSuffix(it.surface, " if") || strings.HasSuffix(it.surface, " whether") ||
			i+1 < len(f.items) && (f.items[i+1].surface == "if" || f.items[i+1].g == gYesNo)) {
			f.boolean = true
			return
		}
	}
}

// relationBooleans: a yes/no of a present-tense relation is named by it:
// supportsWebWorkers, exceedsUploadLimit, then with the subject
// (browserSupportsWebWorkers).
func (b *builder) relationBooleans(f *frame, k naming.Kind) {
	if !relationVerb(f) {
		return
	}
	s := &f.subj
	if s.empty() {
		s = &f.topic
	}
	rel := splitWords(thirdPerson(f.verb.t.en()))
	if f.verb.t.en() == "have" {
		rel = splitWords("has")
	}
	if f.absent {
		rel = cat(rel, splitWords("no")) // the queue has no pending jobs
	}
	ow := f.obj.words(f.obj.plural())
	c := cand{cat(rel, ow), "", "Whether it " + strings.Join(cat(rel, ow), " ") + "."}
	b.add(k, c)
	c.words = cat(s.words(false), rel, ow)
	b.add(k, c)
	switch e := f.verb.t.en(); {
	case e == "have" && f.absent:
		c.words = cat(splitWords("is"), s.words(false), splitWords("empty")) // isQueueEmpty
	case e != "have" && len(ow) > 0:
		c.words = cat(splitWords("is"), f.obj.words(false), splitWords(participle(f.verb.t, e))) // isWebWorkerSupported
	default:
		return
	}
	b.add(k, c)
}

// carryVerbs only say a thing is moved or held: a channel for sending log
// messages is the log message channel.
const carryVerbs lazySet = "send get hold store keep do make run process handle manage contain carry pass put receive"

// notForDoing are heads other readings take (the deadline for finishing
// the upload, helpers for formatting dates).
const notForDoing lazySet = "deadline timeout limit cutoff date time helpers utils utilities functions methods tools routines job jobs task consumer"

// forDoing: a thing (not a function or a handler) "for doing something"
// is named by what it is done to and the doing: "thread pool for
// processing background jobs" is the background job thread pool, "key
// for signing tokens" the token signing key, "regex for validating
// emails" the email validation regex.
func forDoing(q string, marks map[string]*Term) string {
	ws := wordSpans(q)
	for i := 1; i+2 < len(ws); i++ {
		if ws[i].w != "for" || !strings.HasSuffix(ws[i+1].w, "ing") || !joined(q, ws, i-1, i) || !joined(q, ws, i, i+1) {
			continue
		}
		h := ws[i-1].w
		if notForDoing.has(h) {
			continue // the deadline for finishing the upload: enclause3.go
		}
		if g, ok := enGrammar[h]; ok && g.g != gList || !ok && !nounHead(h) && !(englishVerb(h) == nil && len(h) > 2 && pastParticiple(h) == "") {
			continue // function for sending email: enclause.go's reForIng
		}
		v := verbBase(ws[i+1].w, false)
		if v == "" {
			continue
		}
		obj, j := nounRun(q, ws, i+2)
		if len(obj) == 0 {
			continue
		}
		j = dropPlace(q, ws, j) // to the writer thread
		var doing []string
		if !carryVerbs.has(v) {
			doing = doingNoun(v)
		}
		k := i - 1 // the head's compound: thread | pool
		for k > 0 && joined(q, ws, k-1, k) && nounHead(ws[k-1].w) && !determiners.has(ws[k-1].w) {
			k--
		}
		rep := markNouns(obj, marks)
		if len(doing) > 0 {
			rep += " " + markNouns(doing, marks)
		}
		return spliceWords(q, ws, k, j, rep+" "+q[ws[k].start:ws[i-1].end])
	}
	return q
}

// singularNoun is w's singular: the glossary noun it is a plural of
// (cookies: cookie), else the guessed lemma.
func singularNoun(w string) string {
	for _, l := range lemmas(w)[1:] {
		if l.plural && nounTerm(l.word) != nil {
			return l.word
		}
	}
	return guessLemma(w).word
}

// withoutOnes: "users without a verified email", "posts with no
// comments" are one noun, the head plural (usersWithoutVerifiedEmail,
// postsWithoutComments), no yes/no of having comments; so is "the user
// with the highest score" (userWithHighestScore).
func withoutOnes(q string, marks map[string]*Term) string {
	ws := wordSpans(q)
	for i := 1; i+1 < len(ws); i++ {
		at, with := i+1, "without"
		switch {
		case ws[i].w == "without":
		case ws[i].w == "with" && ws[i+1].w == "no":
			at++
		case ws[i].w == "with" && i+2 < len(ws) && ws[i+1].w == "the" && gradeWord(ws[i+2].w) != nil:
			with = "with" // the user with the highest score
		default:
			continue
		}
		x := ws[i-1].w
		pl := strings.HasSuffix(x, "s")
		if !joined(q, ws, i-1, i) || !pl && with == "without" || !nounHead(x) && nounTerm(singularNoun(x)) == nil {
			continue
		}
		if at < len(ws) && (ws[at].w == "a" || ws[at].w == "an" || ws[at].w == "any" || ws[at].w == "the") {
			at++
		}
		var y []string
		j := at
		for ; j < len(ws) && len(y) < 3 && joined(q, ws, j-1, j); j++ {
			w := ws[j].w
			if _, ok := enGrammar[w]; ok || clauseEnds.has(w) || countPreps.has(w) || determiners.has(w) || subjPronouns.has(w) || clauseAux.has(w) || contactAfter.has(w) {
				break
			}
			y = append(y, w)
		}
		if len(y) == 0 {
			continue
		}
		one := cat([]string{singularNoun(x), with}, y)
		key := "zqnoun" + string(rune('a'+len(marks)))
		marks[key] = &Term{Words: []string{strings.Join(one, " ")}, Class: 'n'}
		if pl {
			marks[key].Plural = strings.Join(cat([]string{x, with}, y), " ")
		}
		return withoutOnes(spliceWords(q, ws, i-1, j, key), marks)
	}
	return q
}

// calendarWords end a period the date readings know (start of the week).
const calendarWords lazySet = "day days week weeks month months year years quarter today tomorrow yesterday hour minute"

// nameOf: "the name of the file" is the file name ("name" alone asks for
// a name: nameAfterNoun reads it after its noun); the name of a function
// is still asked for.
func nameOf(q string) string {
	ws := wordSpans(q)
	for i := 0; i+2 < len(ws); i++ {
		if ws[i].w != "name" && ws[i].w != "names" || ws[i+1].w != "of" || !joined(q, ws, i, i+1) || !joined(q, ws, i+1, i+2) {
			continue
		}
		j := i + 2
		for j < len(ws) && j < i+4 && (determiners.has(ws[j].w) || ws[j].w == "all") {
			j++ // (of all the players)
		}
		k := j
		for k < len(ws) && k-j < 3 && joined(q, ws, k-1, k) {
			w := ws[k].w
			if _, ok := enGrammar[w]; ok || clauseEnds.has(w) || countPreps.has(w) || determiners.has(w) || subjPronouns.has(w) || clauseAux.has(w) || contactAfter.has(w) {
				break
			}
			k++
		}
		if k == j {
			continue
		}
		s := i
		if s > 0 && determiners.has(ws[s-1].w) {
			s-- // the name of
		}
		return spliceWords(q, ws, s, k, q[ws[j].start:ws[k-1].end]+" "+ws[i].w)
	}
	return q
}

// doingNoun is the noun a name uses for doing v: its -ion noun
// (validation, serialization) or its -ing (signing, parsing).
func doingNoun(v string) []string {
	switch t := verbTerm(v); {
	case nominals.get(v) != "":
		return splitWords(nominals.get(v))
	case t != nil && verbNoun(t) != nil:
		return verbNoun(t).Words // registration
	case strings.HasSuffix(v, "ate"):
		return []string{v[:len(v)-1] + "ion"} // validation
	case strings.HasSuffix(v, "ize"):
		return []string{v[:len(v)-1] + "ation"} // serialization
	case nounTerm(v) != nil && nounTerm(v).en() == v:
		return []string{v} // import, upload
	default:
		return []string{gerund(t, v)} // signing
	}
}

// whileDoing: "errors collected while validating the form" are the form
// validation errors; "warnings found during parsing" the parsing warnings.
func whileDoing(q string, marks map[string]*Term) string {
	s := reWhileDoing.FindStringSubmatchIndex(q)
	if s == nil || reFnAsk.MatchString(q) {
		return q
	}
	v := verbBase(strings.ToLower(q[s[4]:s[5]]), false)
	if v == "" {
		return q
	}
	var o []string
	if s[6] >= 0 {
		o = strings.Fields(strings.ToLower(q[s[6]:s[7]]))
		o[len(o)-1] = singularNoun(o[len(o)-1])
	}
	rep := strings.TrimSpace(markNouns(o, marks) + " " + markNouns(doingNoun(v), marks))
	return q[:s[0]] + rep + " " + q[s[2]:s[3]] + q[s[1]:]
}
