package suggest

import (
	"slices"
	"strings"
)

// This file holds more English readings: rewrites of the question's text
// (readEnglish2, run first by readEnglish) and passes over the items
// (englishItems2, run after the English passes of Analyze).
//
//	invoices paid last month          → lastMonthPaidInvoices
//	the revenue for the current month → thisMonthRevenue

// readEnglish2 rewrites English phrasings before readEnglish reads the
// clauses (each rewrite says what it reads).
func readEnglish2(q string) string {
	q = readEnglish3(q)                                                  // enclause3.go
	q = reTrueOnce.ReplaceAllString(q, "returns whether")                // "returns true once the full amount has been paid": whether it is
	q = reWaitingIn.ReplaceAllString(q, "$1")                            // "pending jobs waiting in the scheduler queue": pending jobs
	q = reHyphenIn.ReplaceAllString(q, "$1 $2")                          // "logged-in": logged in
	q = reAdverbDone.ReplaceAllString(q, "$1 ")                          // "successfully uploaded files": uploaded files
	q = reOneRowOf.ReplaceAllString(q, "$2 $1")                          // "one row of the daily sales report": daily sales report row
	q = reDetCurrently.ReplaceAllString(q, "$1 ")                        // "the currently logged-in user": the logged-in user, no yes/no
	q = reDoneOnPlace.replaceWith(q, "$1 $2$3", "when", "once", "after") // "when files are dropped on the upload area": onFilesDropped (was onAreaDropped)
	q = reRightAfterEn.ReplaceAllString(q, "$1")                         // "pushes a transcoding job onto the queue right after upload": when, not what
	if hasAny(q, " in ", " inside ") {
		q = reThingsIn.ReplaceAllStringFunc(q, func(m string) string {
			// "a list of products currently in the user's wishlist", "songs
			// in the playlist": the place names them (wishlistProducts; was
			// isProductInProgress, songs); a unit stays (in seconds)
			s := reThingsIn.FindStringSubmatch(m)
			if g, ok := enGrammar[strings.ToLower(lastWord(strings.Fields(s[3])))]; ok && g.g == gUnit {
				return m
			}
			place := strings.ToLower(s[3])
			if ws := strings.Fields(place); len(ws) == 2 && loadGlossary().en[place] == nil {
				return m // (files in the upload directory: upload read as the verb)
			}
			return s[1] + s[3] + " " + s[2] + s[4]
		})
	}
	q = reFailedTo.ReplaceAllString(q, "failed $1") // "files that failed to upload": failed files
	q = reCouldNotBe.ReplaceAllStringFunc(q, func(m string) string {
		// "emails that could not be delivered": undelivered emails
		s := reCouldNotBe.FindStringSubmatch(m)
		p := strings.ToLower(s[2])
		if a, ok := relUnless.lookup(p); ok {
			return a + " " + s[1]
		}
		return "un" + p + " " + s[1]
	})
	q = reWhoRecent.ReplaceAllString(q, "$1 $2 $3")     // "users who signed up in the last 30 days": recent users
	q = reAmountSpent.ReplaceAllString(q, "$1 $2")      // "the total amount the customer has spent": total amount spent
	q = reKindDescribing.ReplaceAllString(q, "$1 for ") // "interface describing the shape of an API error response": for an API error response
	q = rePointersTo.ReplaceAllString(q, "of ")         // "a vector of pointers to active enemies": of active enemies
	if reFnAsk.MatchString(q) && !reCalledWords.MatchString(q) {
		q = reAfterEvent.ReplaceAllString(q, "$1") // "sends a welcome email after signup": when, not what
	}
	q = reIntoWeVerb.ReplaceAllString(q, "$1")          // "into the DTO we send back to the client": into the DTO
	q = reGotWrong.ReplaceAllString(q, "$2 $1")         // "words the user got wrong": wrong words
	q = reCurrentPeriod.ReplaceAllString(q, " this $1") // "for the current month": this month
	q = reCountPassive.ReplaceAllStringFunc(q, func(m string) string {
		// "how many orders were placed this week": orders this week
		s := reCountPassive.FindStringSubmatch(m)
		if v := strings.ToLower(s[3]); v == "placed" || v == "made" {
			return s[1] + " " + s[2] + " " + s[4]
		}
		return s[1] + " " + s[3] + " " + s[2] + " " + s[4]
	})
	if !reFnAsk.MatchString(q) {
		q = reSubjPeriod.ReplaceAllString(q, "$1 $2 $3")
	} // "the orders the customer placed last month": orders placed last month
	q = reCountPP.ReplaceAllString(q, "$1 $3 $2 $4") // "number of clients served this month": served clients this month (was serve_count_this_month)
	q = reHandlerIng.ReplaceAllStringFunc(q, func(m string) string {
		// "handler for clicking the submit button": called when the user
		// clicks it
		s := reHandlerIng.FindStringSubmatch(m)
		if v := ingVerb(s[2]); v != "" {
			return strings.Fields(s[1])[0] + " called when the user " + thirdPerson(v) + " " + s[3]
		}
		return m
	})
	q = reForBeing.ReplaceAllString(q, "$1 when $2 is $3") // "listener for the window being resized"
	return q
}

// ingVerb is the glossary verb an -ing word is a form of, or "".
func ingVerb(w string) string {
	for _, l := range lemmas(strings.ToLower(w)) {
		if l.ing && verbTerm(l.word) != nil {
			return l.word
		}
	}
	return ""
}

const (
	// flights that match the search criteria, files matching the pattern,
	// products meeting the selected filters: the matching ones (the
	// criteria are whatever the caller passes)
	reThingsMatching = lazyRE(`(?i)\b([a-z]+s)\s+(?:(?:that|which|who)\s+(?:match|matches|satisfy|satisfies|meet|meets|fit|fits)|matching|meeting|satisfying)\s+(?:(?:the|a|an|all|my|our|your|given|current|selected|active|applied|user's)\s+)*(?:[a-z]+\s+){0,2}(?:criteria|criterion|filters?|patterns?|query|conditions?|rules?|search|keywords?|terms?|regex|expression|requirements?|constraints?|predicate)\b`)
	// for the current month, during the current week: this month
	// convert a booking into the DTO we send back to the client: what the
	// result is for is no part of it
	reIntoWeVerb = lazyRE(`(?i)\b((?:into|to)\s+(?:an?|the)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:that\s+|which\s+)?(?:we|i|you|they)\s+(?:send|return|pass|give|show|hand|expose|serve|store|save|use)(?:\s+(?:back|out|over))?(?:\s+(?:to|for|in|from)\s+(?:the\s+|our\s+|a\s+)?[a-z]+)?\b`)
	// words the user got wrong, questions they got right
	reGotWrong = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+)?(?:the\s+(?:user|student|player|learner)|they|i|we|you|he|she)\s+got\s+(wrong|right)\b`)
	// how many orders were placed this week (a period after the state)
	reCountPassive = lazyRE(`(?i)\b(how\s+many|number\s+of|count\s+of)\s+((?:[a-z]+\s+)?[a-z]+s)\s+(?:are|were|have\s+been|has\s+been|got)\s+([a-z]+ed|sent|paid|sold|made|written|taken|seen|shown|done|won|lost|bought|read)\s+((?:this|last|next)\s+(?:week|month|year|quarter)|today|yesterday)\b`)
	// number of clients (the salon) served this month: the participle
	// qualifies the things counted
	reCountPP = lazyRE(`(?i)\b(number\s+of|count\s+of|how\s+many)\s+((?:[a-z]+\s+)?[a-z]+s)\s+([a-z]+ed|sold|paid|made|sent|seen|done|won|lost|bought)\s+((?:this|last|next)\s+(?:week|month|year|quarter)|today|yesterday|so\s+far)\b`)
	// orders the customer placed last month: the subject is context
	reSubjPeriod = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+|which\s+)?(?:(?:the|a|our|my|this|each)\s+(?:[a-z]+\s+)?|(?:we|i|you|they)\s+)([a-z]+ed|sent|paid|sold|made|written|taken|seen|done|bought|read)\s+((?:this|last|next)\s+(?:week|month|year|quarter)|today|yesterday)\b`)
	// handler for clicking the submit button, method that handles the user
	// selecting an item
	reHandlerIng = lazyRE(`(?i)\b((?:handler|listener|callback|hook|closure)\s+(?:for\s+|on\s+)|(?:handler|listener|callback|hook|closure|function|method|func)\s+(?:that\s+handles\s+|which\s+handles\s+|to\s+handle\s+|for\s+handling\s+))(?:the\s+user\s+|a\s+user\s+|users\s+|someone\s+)?([a-z]+ing)\s+((?:the|a|an|their|this|any)\b)`)
	// the window being resized: when it is resized
	reForBeing = lazyRE(`(?i)\b(for|on)\s+((?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)\s+being\s+([a-z]+ed|shown|hidden|closed|opened)\b`)
	// the currently highlighted item: currently before a word that
	// describes a noun says nothing (is…InProgress)
	reDoneOnPlace    = lazyRE(`(?i)\b(is|are|was|were|gets?|got)\s+([a-z]+ed)\s+(?:on|onto|into|over|inside|in)\s+(?:the|a|an|my|our|this)\s+[a-z]+(?:\s+[a-z]+)?\s*([?.!]?)\s*$`)
	reRightAfterEn   = lazyRE(`(?i)\s+(?:right|just|immediately|directly)\s+after\s+(?:the\s+|a\s+|an\s+)?[a-z]+(?:\s+[a-z]+)?\s*([?.!,]?)`)
	reThingsIn       = lazyRE(`(?i)^((?:(?:an?|the)\s+)?(?:(?:list|array|set|collection|vector|slice)\s+of\s+)?(?:the\s+|all\s+)?)([a-z]+s)\s+(?:that\s+are\s+)?(?:currently\s+)?(?:in|inside)\s+(?:the\s+|a\s+|an\s+)?(?:(?:current\s+)?(?:user|customer|player|member)(?:'?s)?\s+|my\s+|our\s+|their\s+)?([a-z]+(?:\s+[a-z]+)?)(\s*[?.!]?)$`)
	reDetCurrently   = lazyRE(`(?i)\b(the|a|an|our|my|your|its|their)\s+(?:currently|presently)\s+`)
	reAdverbDone     = lazyRE(`(?i)\b(?:successfully|newly|previously|already|manually|automatically)\s+([a-z]+ed)\s+`)
	reOneRowOf       = lazyRE(`(?i)\b(?:one|a single|a|each|an)\s+(row|entry|line|record)\s+(?:of|in|from)\s+(?:the\s+|a\s+|an\s+)?([a-z]+(?:\s+[a-z]+){0,3}?)\s*([?.!]?)$`)
	reSpeedUnit      = lazyRE(`(?i)\b(km|m|mi)\s*/\s*(h|s)\b`)
	reEveryFew       = lazyRE(`(?i)\bevery\s+(?:few|couple\s+of|several)\s+`)
	reReturnedBy     = lazyRE(`(?i)(\b[A-Za-z]+)\s+(?:returned|sent|served|produced|emitted|exposed)\s+(?:by|from)\s+(?:the\s+|our\s+|a\s+|an\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?\s*([.?!]?\s*)$`)
	reHashOf         = lazyRE(`(?i)\bhash\s+(of|mapping|that\s+maps|from|keyed\s+by)\b`)
	reTinyHelper     = lazyRE(`(?i)\b(?:tiny|little|small|simple|quick)\s+(helper|function|func|util|utility|method|script|wrapper)\b`)
	reResultHolding  = lazyRE(`(?i)\b(?:the\s+)?(?:linq\s+|query\s+|sql\s+)?(?:result|results)\s+(?:holding|containing|with)\s+`)
	reImperativeConv = lazyRE(`(?i)^\s*(?:convert|map|turn|transform|parse|serialize|deserialize|cast|translate)\b`)
	reIntoKind       = lazyRE(`(?i)\b(into|to)\s+((?:(?:a|an|the|our|my|its|their)\s+)?(?:[A-Za-z]+\s+){0,3}?[A-Za-z]+)\s+(struct|record|class|entity)\s*([.?!]?\s*)$`)
	reKindDoing      = lazyRE(`(?i)\b(function|method|func|fn|helper|routine|coroutine|extension\s+method|extension|lambda|closure|util|utility|struct|class|record|dataclass|interface|enum|tuple|dto)\s+([a-z]{3,}ing)\b`)
	reMyLittle       = lazyRE(`(?i)\b(my|our)\s+(?:little|tiny|simple|own|toy|small\s+side)\s+`)
	reInMyClone      = lazyRE(`(?i),?\s+(?:in|for)\s+(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:clone|side\s+project|toy\s+project|pet\s+project|homework|assignment|portfolio(?:\s+(?:app|site|project))?)\b`)
	reTrueOnce       = lazyRE(`(?i)\breturns?\s+true\s+(?:once|when|whenever|as\s+soon\s+as)\b`)
	reWaitingIn      = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+are\s+|that\s+is\s+)?(?:waiting|sitting|queued)\s+(?:in|on|at|inside)\s+(?:the\s+|a\s+|an\s+)?[a-z]+(?:\s+[a-z]+)?`)
	reHyphenIn       = lazyRE(`(?i)\b(logged|signed|checked|opted|clocked|locked|zoomed|sold)-(in|out|on|up)\b`)
	reFailedTo       = lazyRE(`(?i)\b([a-z]+s)\s+(?:that|which|who)\s+(?:have\s+|has\s+|had\s+)?failed\s+to\s+[a-z]+(?:\s+(?:up|in|out|down))?\b`)
	reCouldNotBe     = lazyRE(`(?i)\b([a-z]+s)\s+(?:that|which)\s+(?:could\s+not|couldn['’]t|cannot|can\s+not|can['’]t)\s+be\s+([a-z]+ed)\b`)
	reWhoRecent      = lazyRE(`(?i)\b([a-z]+s)\s+(?:who|that)\s+(?:have\s+|has\s+)?([a-z]+ed(?:\s+up|\s+in)?|joined)\s+((?:in|within|during|over)\s+the\s+(?:last|past)\s+` + lastSpan + `|recently\b)`)
	// the amount the customer has spent: an amount says its verb after it
	reAmountSpent    = lazyRE(`(?i)\b(amount|sum|money)\s+(?:that\s+)?(?:the|a|each|this|our|we|they|you)\s+(?:[a-z]+\s+)?(?:has\s+|have\s+|had\s+)?(spent|paid|earned|donated|owed|received|saved|lost|won|wasted)\b`)
	reKindDescribing = lazyRE(`(?i)\b(interface|type|class|struct|enum|record|model|schema|dto|protocol|trait)\s+(?:(?:that|which)\s+(?:describes|represents|models|defines|holds)\s+|describing\s+|representing\s+|modell?ing\s+|defining\s+|for\s+)(?:the\s+(?:shape|structure|layout|format|schema)\s+of\s+)?(?:the\s+|an?\s+)?`)
	rePointersTo     = lazyRE(`(?i)\bof\s+(?:raw\s+|smart\s+|weak\s+|shared\s+)?(?:pointers|references|refs|ptrs|handles)\s+to\s+(?:the\s+|all\s+)?`)
	// a trailing "after signup", "upon login": when an action runs
	reAfterEvent    = lazyRE(`(?i)\s+(?:right\s+|just\s+)?(?:after|upon|following)\s+(?:a\s+|the\s+)?(?:user\s+|successful\s+|new\s+)?(?:signup|sign-up|sign\s+up|registration|login|log\s+in|logout|checkout|purchase|payment|onboarding|deployment|startup)\s*([?.!]?)\s*$`)
	reCurrentPeriod = lazyRE(`(?i)\s+(?:for|in|during|of|within)\s+the\s+(?:current|present|ongoing)\s+(day|week|month|year|quarter)\b`)
)

// englishItems2pre runs this file's item passes before refine, in order.
func englishItems2pre(items []item) []item {
	return ingCompound(opNoun(checkIfAsks(recordNoun(items))))
}

// ingCompound: "data loading": an -ing word that ends the question right
// after a noun, with no is before it, names the action as a thing after
// what it acts on (dataLoading; was loadingData).
func ingCompound(items []item) []item {
	if n := len(items); n > 1 && !hasGram(items, gIs) && !hasGram(items, gYesNoEN) {
		it, o := items[n-1], items[n-2]
		if it.eng && it.t != nil && strings.HasSuffix(it.surface, "ing") && !it.isNoun() && o.eng && o.isNoun() && !o.plural && !isPerson(lastWord(o.words)) {
			items[n-1].setTerm(&Term{Words: []string{it.surface}, Class: 'n'})
		}
	}
	return items
}

// opNoun: "when a non-blocking file read completes", "the socket write
// fails": a verb between a noun and the verb said of it is an operation, a
// noun (on_file_read_complete; was on_complete_read).
func opNoun(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		it, n, v := items[i], items[i-1], items[i+1]
		if !it.eng || it.t == nil || it.third || it.plural || !n.eng || !n.isNoun() || !v.eng || !v.isVerb() || !v.third || !endVerbs.has(v.t.en()) {
			continue
		}
		w := it.surface
		if !opVerbs.has(w) {
			continue
		}
		t := &Term{Words: []string{w}, Class: 'n'}
		items[i] = item{t: t, words: t.Words, surface: w, known: true, eng: true}
	}
	return items
}

// opVerbs are operations named by their verb (a file read, a disk write);
// endVerbs what is said of one when it ends.
const (
	opVerbs  lazySet = `read write sync fetch scan import export load save send lookup`
	endVerbs lazySet = `complete finish fail succeed end timeout`
	// stateVerbs leave what they are said of in a state (the download
	// finishes: it is completed)
	stateVerbs lazySet = `complete finish end expire load close open start stop connect disconnect lock unlock pause resume`
)

// checkIfAsks: "checks if a user can edit a comment", "to check if the user
// can access the page": if after a check is whether, a yes/no question
// (canEditComment; was editComment, accessAdminPage).
func checkIfAsks(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it := items[i]
		if !it.eng {
			continue
		}
		switch {
		case (it.g == gCheck || it.t != nil && it.isVerb() && (it.t.en() == "check" || it.t.en() == "verify" || it.t.en() == "determine")) && items[i+1].surface == "if":
			items[i+1] = item{g: gYesNo, eng: true, surface: "whether", known: true}
		case it.g == gCheck && (strings.HasSuffix(it.surface, " if") || strings.HasSuffix(it.surface, " whether")) && hasCanAfter(items[i+1:]):
			c := it
			c.surface = strings.Fields(it.surface)[0]
			items = insertItem(items, i+1, item{g: gYesNo, eng: true, surface: "whether", known: true})
			items[i] = c
		}
	}
	return items
}

// hasCanAfter: the clause asks an ability (can, able to).
func hasCanAfter(items []item) bool {
	return slices.ContainsFunc(items, func(it item) bool { return it.g == gCan })
}

// recordNoun: "when the record was last updated", "the id of the record":
// a record something is said of is a row, not the kind asked (a Java
// record).
func recordNoun(items []item) []item {
	for i := 1; i < len(items); i++ {
		it := items[i]
		if !it.eng || it.g != gClass || it.surface != "record" && it.surface != "records" {
			continue
		}
		switch items[i-1].surface {
		case "the", "each", "every", "this", "that":
		default:
			continue
		}
		if i+1 < len(items) && (items[i+1].g == gIs || items[i+1].surface == "has" || items[i+1].surface == "gets") || i > 1 && items[i-2].g == gOf {
			t := termOr("record", 'n')
			items[i] = item{t: t, words: t.Words, surface: it.surface, known: true, eng: true, plural: it.surface == "records"}
		}
	}
	return items
}

// englishItems2 runs this file's item passes, in order.
func englishItems2(items []item) []item {
	return nameAsNoun(kindAsTarget(periodAfterNoun(items)))
}

// nameAsNoun: "sort users by name", "the name of the file", "map of id to
// name": name after by/to/and, or before of, is the thing's name, not the
// request word (a name for ...).
func nameAsNoun(items []item) []item {
	for i := 1; i < len(items); i++ {
		it := &items[i]
		if !it.eng || it.g != gRequest || it.surface != "name" && it.surface != "names" {
			continue
		}
		prev, next := items[i-1].surface, ""
		if i+1 < len(items) {
			next = items[i+1].surface
		}
		if prev == "by" || prev == "and" || prev == "to" && next == "" || next == "of" && (prev == "the" || prev == "its" || prev == "their") {
			t := termOr("name", 'n')
			it.g, it.t, it.words, it.known, it.plural = gNone, t, t.Words, true, it.surface == "names"
		}
	}
	return items
}

// kindAsTarget: "parse a config file into a struct", "decode the body into
// a struct": a kind word after into/to in an action's sentence is what the
// action makes, not the kind of name asked (parseConfigFile).
func kindAsTarget(items []item) []item {
	verb := false
	for i, it := range items {
		switch {
		case it.eng && it.isVerb() && !it.third && !it.pp && !it.ing:
			verb = true
		case verb && it.eng && it.g == gTo && (it.surface == "into" || it.surface == "to"):
			j := i + 1
			for j < len(items) && items[j].g == gStop {
				j++
			}
			if j+1 == len(items) && items[j].g == gClass {
				t := termOr(items[j].surface, 'n')
				items[j].g, items[j].t, items[j].words = gNone, t, t.Words
			}
			return items
		}
	}
	return items
}

const periodUnits lazySet = `week month year quarter`

// periodAfterNoun: "invoices paid last month", "files uploaded today": the
// period a noun phrase ends with scopes the whole phrase and is said
// first, as in Korean (lastMonthPaidInvoices, todayUploadedFileCount); read
// as a head noun it took the plural from the things (paidInvoiceThisWeek).
func periodAfterNoun(items []item) []item {
	if hasVerbItem(items) {
		return items // "returns the products the user bought last month": getBoughtProducts
	}
	for i := 1; i < len(items); i++ {
		it := items[i]
		if !it.eng || it.g != gNone || it.t == nil {
			continue
		}
		words, n := []string(nil), 1
		switch e := it.t.en(); {
		case timeScope.has(e) && !scheduleNouns.has(e) && e != "weekend":
			words = strings.Fields(e)
		case (e == "last" || e == "next") && i+1 < len(items) && items[i+1].eng && items[i+1].t != nil && periodUnits.has(items[i+1].t.en()) && len(items[i+1].words) == 1:
			words, n = []string{e, items[i+1].t.en()}, 2
		default:
			continue
		}
		if e := i + n; e < len(items) && (items[e].isNoun() || items[e].isAdj() || items[e].isVerb()) {
			continue // this week's orders: before its noun already
		}
		// the noun phrase before: a plural noun, then participles
		k := i - 1
		for k >= 0 && items[k].isAdj() && items[k].eng {
			k--
		}
		if k < 0 || !items[k].eng || !items[k].isNoun() || !items[k].plural {
			continue
		}
		s := k // the phrase's first word
		for s > 0 && items[s-1].eng && (items[s-1].isNoun() || items[s-1].isAdj()) && items[s-1].g == gNone {
			s--
		}
		t := &Term{Words: []string{strings.Join(words, " ")}, Class: 'a'}
		scope := item{t: t, words: t.Words, surface: strings.Join(words, " "), known: true, eng: true, mood: moodMod}
		out := append([]item{}, items[:s]...)
		out = append(out, scope)
		for _, a := range cat2(items[k+1:i], items[s:k+1]) {
			// orders placed this week: placed says no more than orders
			if !a.isAdj() || a.t.en() != "placed" && a.t.en() != "made" {
				out = append(out, a)
			}
		}
		return append(out, items[i+n:]...)
	}
	return items
}

// cat2 joins two item slices into a new one.
func cat2(a, b []item) []item {
	return append(append([]item{}, a...), b...)
}
