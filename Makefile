# namebot. `make run` starts the whole product locally; `make test` checks it.
# Both install what they need first (npm packages, Go tools into .bin/).

SHELL := /bin/bash
GO ?= go
export GOFLAGS := -buildvcs=false
BIN := $(CURDIR)/.bin
# Lambda bootstraps: the flags that keep them small and fast (docs/targets.md).
LAMBDA_FLAGS := -tags lambda.norpc,nethttpomithttp2 -ldflags='-s -w' -trimpath -gcflags=all=-l -gcflags=runtime= -gcflags=crypto/internal/...= -gcflags=internal/...= -gcflags=unicode/...= -gcflags=strconv= -gcflags=sort= -gcflags=slices= -gcflags=maps= -gcflags=compress/...=
LAMBDA_ENV := CGO_ENABLED=0 GOOS=linux GOARCH=arm64
FUNCTIONS := accounts chat chatsend board naming
RIE_VERSION := v0.0.0-20261030222936-bef5c4ba774d
STATICCHECK_VERSION := v0.8.2
GO_TEST_FLAGS ?= -count=1 -timeout 20m

.PHONY: run test build lint tools deps frontend frontend-test e2e clean go-test manager browser-deps

## run: install, build the app and start everything on http://localhost:$(PORT)
run: deps frontend
	$(GO) build -o $(BIN)/namebot-local ./infra/local
	exec $(BIN)/namebot-local

## test: lint, Go tests (dynalite, emulator, template), frontend unit and browser tests
# browser-deps early: a machine that cannot run the browser tests says so before the long Go tests.
test: deps tools browser-deps lint frontend go-test fuzz-short frontend-test e2e

deps: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

tools: $(BIN)/aws-lambda-rie $(BIN)/staticcheck

$(BIN)/aws-lambda-rie:
	GOBIN=$(BIN) $(GO) install github.com/aws/aws-lambda-runtime-interface-emulator/cmd/aws-lambda-rie@$(RIE_VERSION)

$(BIN)/staticcheck:
	GOBIN=$(BIN) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

## browser-deps: what the browser tests need from Debian: chromium at $(CHROMIUM_PATH)
## and a Korean font (fonts-nanum) for the screenshots. Installed with apt-get when
## run as root; otherwise it stops and names the command to run.
CHROMIUM_PATH ?= /usr/bin/chromium
export CHROMIUM_PATH
browser-deps:
	@missing=(); \
	[ -x "$(CHROMIUM_PATH)" ] || missing+=(chromium); \
	dpkg -s fonts-nanum >/dev/null 2>&1 || fc-list :lang=ko family 2>/dev/null | grep -q . || missing+=(fonts-nanum); \
	[ $${#missing[@]} -eq 0 ] && exit 0; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "browser tests: installing $${missing[*]} (apt-get)"; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends "$${missing[@]}" >/dev/null || exit 1; \
	  [ -x "$(CHROMIUM_PATH)" ] || { echo "browser tests: chromium installed but $(CHROMIUM_PATH) is missing: set CHROMIUM_PATH"; exit 1; }; \
	else \
	  echo "browser tests: missing $${missing[*]}. Install as root, then run make again:"; \
	  echo "  apt-get update && apt-get install -y --no-install-recommends $${missing[*]}"; \
	  [ -x "$(CHROMIUM_PATH)" ] || echo "(or set CHROMIUM_PATH to a Chromium binary)"; \
	  exit 1; \
	fi

lint: $(BIN)/staticcheck
	@out=$$(gofmt -l pkg functions infra); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(BIN)/staticcheck ./...
	@cp go.mod /tmp/namebot-go.mod.bak && cp go.sum /tmp/namebot-go.sum.bak && $(GO) mod tidy && \
	  if ! diff -q go.mod /tmp/namebot-go.mod.bak >/dev/null || ! diff -q go.sum /tmp/namebot-go.sum.bak >/dev/null; then \
	    cp /tmp/namebot-go.mod.bak go.mod; cp /tmp/namebot-go.sum.bak go.sum; echo "go.mod/go.sum not tidy: run go mod tidy"; exit 1; fi

go-test: deps tools
	$(GO) test $(GO_TEST_FLAGS) ./...

frontend-deps: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

frontend: frontend-deps
	cd frontend && npm run build

frontend-test:
	cd frontend && npm test && npm run size

## e2e: the browser app in headless Chromium against the real local server
e2e: browser-deps frontend
	$(GO) build -o $(BIN)/namebot-local ./infra/local
	$(GO) build -o $(BIN)/namebot-manager ./infra/manager
	cd frontend && E2E_SKIP_BUILD=1 NAMEBOT_SERVER=$(BIN)/namebot-local NAMEBOT_ROOT=$(CURDIR) npm run e2e

## build: the arm64 bootstrap of every function into build/<function>/bootstrap
build: $(addprefix build-fn-,$(FUNCTIONS))
	@ls -l build/*/bootstrap

build-fn-%:
	mkdir -p build/$*
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o build/$*/bootstrap ./functions/$*

# sam build (Metadata: BuildMethod: makefile) calls build-<LogicalId> with ARTIFACTS_DIR.
build-AccountsFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/accounts

clean:
	rm -rf build .bin frontend/dist
build-ChatFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/chat

build-ChatSendFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/chatsend

## manager: make EMAIL a manager (locally; on AWS with STAGE=<stage>)
manager: deps
	@test -n "$(EMAIL)" || { echo "usage: make manager EMAIL=someone@example.com [STAGE=prod]"; exit 2; }
ifdef STAGE
	USERS_TABLE=$$(aws cloudformation describe-stack-resource --stack-name namebot-$(STAGE) --logical-resource-id UsersTable \
	  --query StackResourceDetail.PhysicalResourceId --output text) $(GO) run ./infra/manager -aws -email "$(EMAIL)"
else
	$(GO) run ./infra/manager -email "$(EMAIL)"
endif

build-BoardFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/board

build-NamingFunction:
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/naming

## bench: measure on this machine (bootstraps, cold starts, routes, the API process, app size);
## prints one table and writes the figures to bench-results/bench-<time>.json (infra/bench/README.md)
.PHONY: bench
bench: deps tools frontend
	$(GO) run ./infra/bench

# ---------------------------------------------------------------------------
# AWS (docs/deploy.md). Needs the AWS CLI v2, the SAM CLI (>= 1.100, for
# --build-in-source) and credentials for the account; the region is the
# CLI's (AWS_REGION or the profile's). Nothing here runs in `make test`.
#
#   make deploy STAGE=prod [ALARM_EMAIL=ops@example.com] [DOMAIN=app.example.com CERT_ARN=arn:... HOSTED_ZONE_ID=Z...]
#   make deploy-frontend STAGE=prod
#   make validate
API_STACK = namebot-$(STAGE)
HOSTING_STACK = namebot-hosting-$(STAGE)
# SSM SecureString parameters (created once by hand: docs/deploy.md, step 2).
# OPENAI_PARAM= (empty) deploys the offline suggester instead of a model.
JWT_PARAM ?= /namebot/$(STAGE)/jwt-signing-key
OPENAI_PARAM ?= /namebot/$(STAGE)/openai-api-key
MODEL ?= gpt-4o-mini
MODEL_URL ?=
ALARM_EMAIL ?=
KMS_KEY_ARN ?=
SEND_CONCURRENCY ?= 50
# X-Ray on every function: PassThrough (off) or Active (docs/operations.md).
TRACING ?= PassThrough
DOMAIN ?=
CERT_ARN ?=
HOSTED_ZONE_ID ?=
# Sign-in with GitHub and Kakao (docs/oauth.md): client ids, and the SSM
# SecureStrings holding their client secrets. Empty hides the provider.
GITHUB_CLIENT_ID ?=
GITHUB_SECRET_PARAM ?= $(if $(GITHUB_CLIENT_ID),/namebot/$(STAGE)/github-client-secret)
KAKAO_CLIENT_ID ?=
KAKAO_SECRET_PARAM ?=

# $(call stack_output,<stack>,<output key>): prints the value, or nothing.
stack_output = aws cloudformation describe-stacks --stack-name $(1) \
	--query "Stacks[0].Outputs[?OutputKey=='$(2)'].OutputValue" --output text 2>/dev/null | grep -v '^None$$'
# The app's origin as far as it is known before the hosting stack is
# (re)deployed: the custom domain, else the distribution's domain, else a
# placeholder that the end of `make deploy` replaces.
app_origin = $(if $(DOMAIN),echo https://$(DOMAIN),$(call stack_output,$(HOSTING_STACK),AppOrigin) || echo https://localhost:8080)
# sam's --parameter-overrides: Key="value" pairs in one argument ("" passes an empty value).
api_params = Stage=\"$(STAGE)\" AppOrigin=\"$(1)\" JwtKeyParameterName=\"$(JWT_PARAM)\" \
	OpenAIKeyParameterName=\"$(OPENAI_PARAM)\" OpenAIModel=\"$(MODEL)\" OpenAIBaseURL=\"$(MODEL_URL)\" \
	AlarmEmail=\"$(ALARM_EMAIL)\" SecretsKmsKeyArn=\"$(KMS_KEY_ARN)\" ChatSendReservedConcurrency=\"$(SEND_CONCURRENCY)\" Tracing=\"$(TRACING)\" \
	GitHubClientId=\"$(GITHUB_CLIENT_ID)\" GitHubClientSecretParameterName=\"$(GITHUB_SECRET_PARAM)\" \
	KakaoClientId=\"$(KAKAO_CLIENT_ID)\" KakaoClientSecretParameterName=\"$(KAKAO_SECRET_PARAM)\"
# $(call sam_deploy,<app origin>): deploys what `sam build` left in .aws-sam/build.
sam_deploy = sam deploy --template-file .aws-sam/build/template.yaml --stack-name $(API_STACK) \
	--resolve-s3 --capabilities CAPABILITY_IAM --no-fail-on-empty-changeset \
	$(if $(CONFIRM),--confirm-changeset,--no-confirm-changeset) --tags "project=namebot stage=$(STAGE)" \
	--parameter-overrides "$(call api_params,$(1))"

.PHONY: deploy deploy-frontend validate check-stage check-secrets

check-stage:
	$(if $(STAGE),,$(error STAGE is required: make deploy STAGE=dev (docs/deploy.md)))
	@[[ "$(STAGE)" =~ ^[a-z0-9-]{1,20}$$ ]] || { echo "STAGE must be 1-20 of a-z 0-9 -"; exit 2; }

# The secrets must exist before a function starts: a missing one fails every cold start.
check-secrets: check-stage
	@for p in $(JWT_PARAM) $(OPENAI_PARAM) $(GITHUB_SECRET_PARAM) $(KAKAO_SECRET_PARAM); do \
	  t=$$(aws ssm describe-parameters --parameter-filters "Key=Name,Values=$$p" --query 'Parameters[0].Type' --output text 2>/dev/null); \
	  [ "$$t" = SecureString ] || { echo "SSM parameter $$p is missing or not a SecureString: see docs/deploy.md, step 2"; exit 1; }; \
	done

## deploy: build the functions, deploy the API stack (namebot-STAGE) and the hosting stack (namebot-hosting-STAGE)
deploy: check-secrets
	sam build --template-file template.yaml --build-in-source --parallel
	origin=$$($(app_origin)); $(call sam_deploy,$$origin)
	aws cloudformation deploy --stack-name $(HOSTING_STACK) --template-file infra/hosting.yaml \
	  --no-fail-on-empty-changeset --tags project=namebot stage=$(STAGE) \
	  --parameter-overrides ApiStackName=$(API_STACK) DomainName=$(DOMAIN) CertificateArn=$(CERT_ARN) HostedZoneId=$(HOSTED_ZONE_ID)
	@# First deploy (or a new domain): the API's CORS must name the origin the hosting stack now serves.
	origin=$$($(call stack_output,$(HOSTING_STACK),AppOrigin)); used=$$($(call stack_output,$(API_STACK),AppOrigin)); \
	if [ -n "$$origin" ] && [ "$$origin" != "$$used" ]; then \
	  echo "The app is served from $$origin: deploying the API again with it as AppOrigin"; $(call sam_deploy,$$origin); fi
	@echo "API stack $(API_STACK): $$($(call stack_output,$(API_STACK),ApiUrl))"
	@echo "App: $$($(call stack_output,$(HOSTING_STACK),AppOrigin)) (publish it with: make deploy-frontend STAGE=$(STAGE))"

## deploy-frontend: build the app, upload it to the stage's bucket, invalidate index.html
# Hashed assets first and kept (a tab still on the old index.html can load
# its files), then index.html, revalidated on every load. Every client route
# is served as /index.html (infra/hosting.yaml), so one path invalidates all.
deploy-frontend: check-stage frontend
	@set -euo pipefail; \
	bucket=$$($(call stack_output,$(HOSTING_STACK),SpaBucketName) || true); \
	dist=$$($(call stack_output,$(HOSTING_STACK),DistributionId) || true); \
	if [ -z "$$bucket" ] || [ -z "$$dist" ]; then echo "no stack $(HOSTING_STACK): run make deploy STAGE=$(STAGE) first"; exit 1; fi; \
	set -x; \
	aws s3 sync frontend/dist/assets "s3://$$bucket/assets" --cache-control "public, max-age=31536000, immutable"; \
	aws s3 sync frontend/dist "s3://$$bucket" --exclude "assets/*" --exclude index.html --cache-control no-cache; \
	aws s3 cp frontend/dist/index.html "s3://$$bucket/index.html" --cache-control no-cache --content-type "text/html; charset=utf-8"; \
	aws cloudfront create-invalidation --distribution-id "$$dist" --paths /index.html --query Invalidation.Id --output text

## validate: check template.yaml, infra/hosting.yaml and these targets offline (with cfn-lint and sam when installed)
validate:
	$(GO) test -count=1 -run 'TestTemplate|TestHosting|TestMakeDeploy|TestCfnLint' ./pkg/local/
	@if command -v sam >/dev/null; then sam validate --lint --template-file template.yaml; else echo "sam not installed: sam validate --lint skipped"; fi

## load: the load test (infra/load): 50 simulated users for 60 s against the
## local stack it starts itself, then checks every accepted write from the API;
## it fails when dynalite's peak RSS passes 250 MB (it prints start, peak, end).
## LOAD_ARGS=-inject-loss deletes an accepted message and post before the
## check, which must then fail (also -inject-dup, -inject-double-count).
LOAD_ARGS ?=
load: deps
	$(GO) build -o $(BIN)/namebot-load ./infra/load
	$(BIN)/namebot-load $(LOAD_ARGS)

## eval: score the suggester on the evaluation set (eval/questions.yaml): hit@1, hit@3,
## filler, validity, per intent and language. The offline suggester by default; the
## configured model when OPENAI_API_KEY is set. EVAL_ARGS='-show all' prints every answer.
## eval-baseline: raise eval/baseline.json (the ratchet `make test` holds the offline
## suggester to) where the offline scores improved; it never lowers it.
.PHONY: eval eval-baseline
eval:
	$(GO) run ./infra/eval $(EVAL_ARGS)

eval-baseline:
	$(GO) run ./infra/eval -offline -show none -baseline eval/baseline.json -update-baseline

## fuzz: each fuzz target for FUZZTIME (default 30s); a crasher is kept under
## the package's testdata/fuzz/ and replayed by every later `go test`.
## fuzz-short: the same for 3 s each (bounded; for `make test`).
FUZZTIME ?= 30s
FUZZ_TARGETS := pkg/httpapi:FuzzAccountsRoutes pkg/httpapi:FuzzChatRoutes pkg/httpapi:FuzzChatSendRoute \
  pkg/httpapi:FuzzBoardRoutes pkg/dynamo:FuzzCursor pkg/naming:FuzzParseAnswer pkg/naming:FuzzValidate \
  pkg/namebot:FuzzNormalize pkg/suggest:FuzzSuggest \
  pkg/httpapi:FuzzNamingRoute pkg/review:FuzzReview
# Go's fuzzing coordinator can end a run with "context deadline exceeded"
# and no failing input when its workers are starved of CPU at the deadline
# (seen on a loaded 2-core machine); such a run is repeated once. A real
# failure writes its input under testdata/fuzz/ and is never repeated.
fuzz: deps
	@set -e; for t in $(FUZZ_TARGETS); do \
	  pkg=./$${t%%:*}; fn=$${t##*:}; echo "== $$fn ($$pkg, $(FUZZTIME))"; \
	  out=$$(mktemp); \
	  $(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) 2>&1 | tee $$out; st=$${PIPESTATUS[0]}; \
	  if [ $$st -ne 0 ]; then \
	    if grep -q 'context deadline exceeded' $$out && ! grep -q 'Failing input written' $$out; then \
	      echo "== $$fn: the fuzzing engine timed out without a failing input; once more"; \
	      $(GO) test $$pkg -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME); \
	    else rm -f $$out; exit 1; fi; \
	  fi; rm -f $$out; \
	done

fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=3s

.PHONY: load fuzz fuzz-short
