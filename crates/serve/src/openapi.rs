//! The OpenAPI 3 description of the API, served at `/openapi.json`.
//!
//! Hand-written; the tests check that its paths and methods are exactly
//! [`API_ROUTES`](crate::API_ROUTES) (from which the router is built) and that each of them is
//! answered by a handler, not by the fallback.

use serde_json::{json, Value};

fn filter_params(with_q: bool) -> Value {
    let mut v = vec![
        json!({"name": "actor", "in": "query", "schema": {"type": "string"},
               "description": "Actor or recipient: code (RUS, RUSGOV, GOV), organisation or name, any case."}),
        json!({"name": "cameo", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{1,4}$"},
               "description": "CAMEO code prefix (04, 042)."}),
        json!({"name": "plover", "in": "query", "schema": {"type": "string"},
               "description": "PLOVER event type (CONSULT)."}),
        json!({"name": "modality", "in": "query",
               "schema": {"type": "string", "enum": ["asserted", "alleged", "denied", "future", "hypothetical", "negated"]}}),
        json!({"name": "source", "in": "query", "schema": {"type": "string"},
               "description": "Publisher (exact, any case)."}),
        json!({"name": "since", "in": "query", "schema": {"type": "string", "format": "date"}}),
        json!({"name": "until", "in": "query", "schema": {"type": "string", "format": "date"}}),
        json!({"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}}),
    ];
    if with_q {
        v.insert(
            0,
            json!({"name": "q", "in": "query", "schema": {"type": "string"},
                   "description": "Words, matched by lemma; \"...\" for a phrase."}),
        );
    }
    Value::Array(v)
}

fn ok(desc: &str, schema: Value) -> Value {
    json!({
        "200": {"description": desc, "content": {"application/json": {"schema": schema}}},
        "400": {"$ref": "#/components/responses/Error"},
        "500": {"$ref": "#/components/responses/Error"}
    })
}

fn obj() -> Value {
    json!({"type": "object"})
}

/// The document.
pub fn document() -> Value {
    let mut analyze_responses = ok(
        "The analysis (warta.analysis/1).",
        json!({"$ref": "#/components/schemas/Analysis"}),
    );
    for code in ["401", "413", "415"] {
        analyze_responses[code] = json!({"$ref": "#/components/responses/Error"});
    }
    let mut article_responses = ok(
        "The article and its analysis by the running engine.",
        json!({"type": "object", "properties": {
            "id": {"type": "integer"}, "dup_of": {"type": ["integer", "null"]},
            "stored_engine": {"type": "string"},
            "analysis": {"$ref": "#/components/schemas/Analysis"}}}),
    );
    article_responses["404"] = json!({"$ref": "#/components/responses/Error"});
    let mut actor_responses = ok(
        "The actor's totals, events given and received, timeline and quotes.",
        obj(),
    );
    actor_responses["404"] = json!({"$ref": "#/components/responses/Error"});
    let mut events_params = filter_params(false);
    if let Some(a) = events_params.as_array_mut() {
        a.push(json!({"name": "aggregate", "in": "query", "schema": {"type": "boolean"}}));
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "warta API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Search and analyse Indonesian news: articles, coded events (CAMEO/PLOVER), actors, quotes. Offsets in analyses are character offsets into `text`."
        },
        "paths": {
            "/api/analyze": {"post": {
                "summary": "Analyse one article (plain text, JSON record or HTML page).",
                "requestBody": {"required": true, "content": {
                    "text/plain": {"schema": {"type": "string"}},
                    "application/json": {"schema": {"type": "object", "properties": {
                        "title": {"type": "string"}, "body": {"type": "string"},
                        "source": {"type": "string"}, "published": {"type": "string"}}}},
                    "text/html": {"schema": {"type": "string"}}
                }},
                "security": [{}, {"bearer": []}],
                "responses": analyze_responses
            }},
            "/api/search": {"get": {
                "summary": "Articles by words and event filters, best first, with snippets and matching events.",
                "parameters": filter_params(true),
                "responses": ok("Hits.", json!({"type": "object", "properties": {
                    "count": {"type": "integer"}, "hits": {"type": "array", "items": obj()}}}))
            }},
            "/api/articles/{id}": {"get": {
                "summary": "One stored article with its analysis.",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}],
                "responses": article_responses
            }},
            "/api/events": {"get": {
                "summary": "Event mentions, or with aggregate=true cross-article event groups.",
                "parameters": events_params,
                "responses": ok("Events (`events`) or groups (`groups`).", obj())
            }},
            "/api/actors": {"get": {
                "summary": "Actors by mentions, with their event counts as actor and as recipient.",
                "parameters": filter_params(false),
                "responses": ok("Actors.", obj())
            }},
            "/api/actors/{key}": {"get": {
                "summary": "One actor: events given and received, timeline, quotes.",
                "parameters": [{"name": "key", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": actor_responses
            }},
            "/api/timeline": {"get": {
                "summary": "Events per day by quad class.",
                "parameters": filter_params(false),
                "responses": ok("Days.", obj())
            }},
            "/api/network": {"get": {
                "summary": "Actor pairs weighted by events (directed: actor to recipient).",
                "parameters": filter_params(false),
                "responses": ok("Nodes and edges.", json!({"type": "object", "properties": {
                    "nodes": {"type": "array", "items": obj()}, "edges": {"type": "array", "items": obj()}}}))
            }},
            "/api/stats": {"get": {
                "summary": "Counts over the store.",
                "responses": ok("Counts.", obj())
            }},
            "/openapi.json": {"get": {
                "summary": "This document.",
                "responses": {"200": {"description": "OpenAPI 3 document.", "content": {"application/json": {"schema": obj()}}}}
            }}
        },
        "components": {
            "schemas": {
                "Analysis": {"type": "object", "description": "warta.analysis/1 (see spec/analysis.md).",
                    "required": ["schema", "text", "events"],
                    "properties": {"schema": {"const": "warta.analysis/1"}, "text": {"type": "string"},
                        "sentences": {"type": "array"}, "entities": {"type": "array"}, "actors": {"type": "array"},
                        "events": {"type": "array"}, "quotes": {"type": "array"}, "times": {"type": "array"}}},
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
            },
            "responses": {
                "Error": {"description": "An error.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                "description": "Required on POST /api/analyze when the server was started with --token."}}
        }
    })
}
