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

fn schema_ref(name: &str) -> Value {
    json!({ "$ref": format!("#/components/schemas/{name}") })
}

fn array_of(name: &str) -> Value {
    json!({"type": "array", "items": schema_ref(name)})
}

/// An object schema from (name, type) pairs; a type ending in `?` may be null; `Name[]` is an
/// array of a component, `Name` (capitalised) a component.
fn object(fields: &[(&str, &str)]) -> Value {
    let mut props = serde_json::Map::new();
    let mut required = Vec::new();
    for (name, ty) in fields {
        let (ty, nullable) = match ty.strip_suffix('?') {
            Some(t) => (t, true),
            None => (*ty, false),
        };
        let v = if let Some(c) = ty.strip_suffix("[]") {
            if c.starts_with(char::is_uppercase) {
                array_of(c)
            } else {
                json!({"type": "array", "items": {"type": c}})
            }
        } else if ty.starts_with(char::is_uppercase) {
            schema_ref(ty)
        } else if nullable {
            json!({"type": [ty, "null"]})
        } else {
            json!({"type": ty})
        };
        if !nullable {
            required.push(Value::String(name.to_string()));
        }
        props.insert(name.to_string(), v);
    }
    json!({"type": "object", "properties": props, "required": required})
}

fn schemas() -> Value {
    let event_row = [
        ("id", "integer"),
        ("group", "integer"),
        ("article", "integer"),
        ("local_id", "string"),
        ("title", "string?"),
        ("source", "string?"),
        ("url", "string?"),
        ("cameo", "string"),
        ("quad_class", "integer"),
        ("plover", "string?"),
        ("modality", "string"),
        ("actor", "string"),
        ("recipient", "string"),
        ("actor_key", "string"),
        ("recipient_key", "string"),
        ("date", "string"),
        ("sentence", "integer"),
        ("evidence", "string"),
        ("trigger", "string"),
    ];
    json!({
        "EventRow": object(&event_row),
        // the same row (the server reads mentions with the store's mapping); kept as a name
        "Mention": object(&event_row),
        "Snippet": {"type": "object", "properties": {
            "text": {"type": "string"},
            "marks": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
                      "description": "[start, end) character offsets into text"}}},
        "Hit": object(&[
            ("id", "integer"), ("title", "string?"), ("source", "string?"), ("published", "string?"),
            ("url", "string?"), ("origin", "string?"), ("score", "number"), ("copies", "integer"),
            ("events", "EventRow[]"), ("snippet", "Snippet"),
        ]),
        "EventGroup": object(&[
            ("id", "integer"), ("date", "string"), ("root", "string"), ("cameo", "string"),
            ("quad_class", "integer"), ("plover", "string?"), ("actor_key", "string"),
            ("recipient_key", "string"), ("actor", "string"), ("recipient", "string"),
            ("num_mentions", "integer"), ("num_sources", "integer"), ("num_articles", "integer"),
            ("evidence", "string"), ("first_mention", "integer"),
        ]),
        "ActorRow": object(&[
            ("key", "string"), ("name", "string"), ("country", "string?"), ("sector", "string?"),
            ("org", "string?"), ("mentions", "integer"), ("articles", "integer"),
            ("as_actor", "integer"), ("as_recipient", "integer"),
        ]),
        "Day": object(&[("day", "string"), ("quad", "integer[]"), ("total", "integer")]),
        "Node": object(&[("key", "string"), ("name", "string"), ("events", "integer")]),
        "Edge": object(&[
            ("source", "string"), ("target", "string"), ("events", "integer"),
            ("cooperation", "integer"), ("conflict", "integer"),
        ]),
    })
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
            "id": {"type": "integer"}, "origin": {"type": ["string", "null"]},
            "dup_of": {"type": ["integer", "null"], "description": "the article this one nearly duplicates"},
            "similarity": {"type": ["number", "null"]},
            "stored_engine": {"type": "string", "description": "engine that coded the stored events"},
            "engine": {"type": "string", "description": "engine of the analysis shown"},
            "same_engine": {"type": "boolean"},
            "analysis": {"$ref": "#/components/schemas/Analysis"}}}),
    );
    article_responses["404"] = json!({"$ref": "#/components/responses/Error"});
    let mut actor_responses = ok(
        "The actor's totals, events given and received, timeline and quotes.",
        json!({"type": "object", "properties": {
            "key": {"type": "string"}, "actor": {"type": ["object", "null"]},
            "given": array_of("Mention"), "received": array_of("Mention"),
            "timeline": array_of("Day"), "quotes": {"type": "array", "items": obj()}}}),
    );
    actor_responses["404"] = json!({"$ref": "#/components/responses/Error"});
    let mut events_params = filter_params(false);
    if let Some(a) = events_params.as_array_mut() {
        a.push(json!({"name": "aggregate", "in": "query", "schema": {"type": "boolean"}}));
    }
    let mut schemas_all = schemas();
    schemas_all["Analysis"] = json!({"type": "object", "description": "warta.analysis/1 (see spec/analysis.md).",
        "required": ["schema", "text", "events"],
        "properties": {"schema": {"const": "warta.analysis/1"}, "engine": obj(), "article": obj(),
            "text": {"type": "string"}, "sentences": {"type": "array"}, "entities": {"type": "array"}, "actors": {"type": "array"},
            "events": {"type": "array"}, "quotes": {"type": "array"}, "times": {"type": "array"}}});
    schemas_all["Error"] = json!({"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}});
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
                    "count": {"type": "integer"}, "hits": array_of("Hit")}}))
            }},
            "/api/articles/{id}": {"get": {
                "summary": "One stored article with its analysis.",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1}}],
                "responses": article_responses
            }},
            "/api/events": {"get": {
                "summary": "Event mentions, or with aggregate=true cross-article event groups.",
                "parameters": events_params,
                "responses": ok("Mentions (`events`), or with aggregate=true groups (`groups`).",
                    json!({"type": "object", "properties": {"count": {"type": "integer"},
                        "events": array_of("Mention"), "groups": array_of("EventGroup")}}))
            }},
            "/api/actors": {"get": {
                "summary": "Actors by mentions, with their event counts as actor and as recipient.",
                "parameters": filter_params(false),
                "responses": ok("Actors.", json!({"type": "object", "properties": {
                    "count": {"type": "integer"}, "actors": array_of("ActorRow")}}))
            }},
            "/api/actors/{key}": {"get": {
                "summary": "One actor: events given and received, timeline, quotes.",
                "parameters": [{"name": "key", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": actor_responses
            }},
            "/api/timeline": {"get": {
                "summary": "Events per day by quad class.",
                "parameters": filter_params(false),
                "responses": ok("Days, ascending.", json!({"type": "object", "properties": {
                    "quad_classes": {"type": "array", "items": {"type": "string"}}, "days": array_of("Day")}}))
            }},
            "/api/network": {"get": {
                "summary": "Actor pairs weighted by events (directed: actor to recipient).",
                "parameters": filter_params(false),
                "responses": ok("Nodes and edges.", json!({"type": "object", "properties": {
                    "nodes": array_of("Node"), "edges": array_of("Edge")}}))
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
            "schemas": schemas_all,
            "responses": {
                "Error": {"description": "An error.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            },
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                "description": "Required on POST /api/analyze when the server was started with --token."}}
        }
    })
}
