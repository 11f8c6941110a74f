// Generated from the gateway's OpenAPI document by `npm run web:api`; do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness of every service in this process (database, broker); `downstream` says which services it forwards to answer, without making it unready */
        get: operations["ProbesController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up; no dependency is asked */
        get: operations["ProbesController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of every service in this process */
        get: operations["ProbesController_metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/alerts/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live alerts of the caller’s `live` subscriptions as server-sent events; reconnect with Last-Event-ID to resume */
        get: operations["AlertStreamController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key; requests with it are refused from now on (admin) */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The role and bureau of the key making the request */
        get: operations["ApiKeysController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendars/bureaus/{code}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bureau’s engagements */
        get: operations["CalendarsController_bureau"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendars/city.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every bureau’s engagements */
        get: operations["CalendarsController_city"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendars/districts/{n}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engagements in or for one council district */
        get: operations["CalendarsController_district"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendars/organizations/{slug}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engagements for one organization or in one neighborhood association; a district coalition’s include its associations’ */
        get: operations["CalendarsController_organization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand in one comment; its language is detected when not given */
        post: operations["CommentsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/comments:batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand in up to 5,000 comments at once: all are stored, or none when any is invalid */
        post: operations["CommentsController_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/comments:import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a UTF-8 CSV with a header row, mapping columns to fields; dryRun=true reports every row’s problems and imports nothing */
        post: operations["CommentsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A comment, redacted; coordinator and admin keys also see the original text and consented demographics */
        get: operations["CommentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conflicts between engagements, soonest first, with both engagements as they stand now */
        get: operations["CoordinationController_conflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conflicts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One conflict, open or resolved */
        get: operations["CoordinationController_conflict"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first: status, attempts, last error and times (coordinators) */
        get: operations["DeliveriesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deliveries/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed delivery again, with a new 24 h retry window (coordinators) */
        post: operations["DeliveriesController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engagements in start order, filtered, a page at a time */
        get: operations["EngagementsController_list"];
        put?: never;
        /** Publish an engagement (a bureau key for its own bureau, a coordinator for any) */
        post: operations["EngagementsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements:batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish up to 500 engagements at once; each succeeds or fails on its own */
        post: operations["EngagementBatchController_batch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements:check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What publishing an engagement now would raise (conflicts, fatigue alerts) and conflict-free start times nearby; decided as a publish decides, storing nothing */
        post: operations["EngagementBatchController_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An engagement; its contact person only for coordinators and admins */
        get: operations["EngagementsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an engagement based on the version read; `status` moves it to scheduled, postponed or closed */
        patch: operations["EngagementsController_update"];
        trace?: never;
    };
    "/v1/engagements/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a draft or scheduled engagement */
        post: operations["EngagementsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What this change (a PATCH body) would raise now: conflicts, fatigue alerts and conflict-free start times nearby; decided as the PATCH decides, storing nothing */
        post: operations["EngagementsController_checkChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a scheduled engagement held, with its actual attendance */
        post: operations["EngagementsController_held"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every status the engagement has had, oldest first, with when and (for a cancellation) why */
        get: operations["EngagementsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/{id}/report-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish what we heard and what we did for a held engagement; its audience is told */
        post: operations["ReportBacksController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/engagements/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The best start times for an audience in a period: no conflict, no fatigue, least-asked first */
        get: operations["EngagementsController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fatigue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Communities found asked too often, by the start of the engagement that tipped them, with that window’s engagements as they stand now */
        get: operations["CoordinationController_fatigue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The neighborhood associations, district coalition, council district and business districts containing a point */
        get: operations["LookupController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/memberships/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a membership on a date (admin) */
        post: operations["PeopleController_end"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organizations in name order, filtered and searched, a page at a time (without boundaries) */
        get: operations["OrganizationsController_list"];
        put?: never;
        /** Register an organization the city engages (admin) */
        post: operations["OrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered organizations as a GeoJSON FeatureCollection: boundaries, or points where there is none */
        get: operations["OrganizationMapController_map"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{idOrSlug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization by id or slug */
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organization (admin), based on the version read */
        patch: operations["OrganizationsController_update"];
        trace?: never;
    };
    "/v1/organizations/{idOrSlug}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive an organization (admin): it stays readable and leaves point lookups */
        post: operations["OrganizationsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{idOrSlug}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a person a role in an organization (admin) */
        post: operations["PeopleController_join"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/{idOrSlug}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people of an organization with their roles, current ones unless ended=true. Email and phone appear only for coordinator and admin keys. */
        get: operations["PeopleController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import organizations from a GeoJSON FeatureCollection or a CSV file (admin): the diff, and with dryRun=true nothing else
         * @description Send the file as the body with Content-Type application/geo+json or text/csv (up to 1 MB). Columns or properties: slug, ocdId, kind, name, parent (slug or id), website, publicEmail, languages (separated by ;), meetingSchedule, serviceArea, bureauCode, status; a CSV may add lat and lon. Rows match existing organizations by ocdId, else slug; only the fields given are compared. One invalid row and nothing is imported.
         */
        post: operations["OrganizationsController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organizations/popolo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered organizations, their people and memberships as Popolo JSON; people’s email and phone only for coordinator and admin keys */
        get: operations["OrganizationMapController_popolo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a contact person (admin) */
        post: operations["PeopleController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact person. Email and phone appear only for coordinator and admin keys. */
        get: operations["PeopleController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/report-backs/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engagements held longer ago than the report-back deadline (45 days by default) without one, held longest ago first */
        get: operations["ReportBacksController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Engagements and attendance per month (America/Los_Angeles) */
        get: operations["ReportsController_attendance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the period’s engagements reached: by group, the neighborhoods nobody reached, each district against its share of the city */
        get: operations["ReportsController_coverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscribers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscribers the caller manages: its own, or all for coordinators */
        get: operations["SubscribersController_list"];
        put?: never;
        /** Create the subscriber of the calling key (coordinators: of any key, with keyId) */
        post: operations["SubscribersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscribers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscriber */
        get: operations["SubscribersController_get"];
        put?: never;
        post?: never;
        /** Delete a subscriber and its subscriptions */
        delete: operations["SubscribersController_remove"];
        options?: never;
        head?: never;
        /** Change a subscriber’s name, kind or email */
        patch: operations["SubscribersController_update"];
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions the caller manages */
        get: operations["SubscriptionsController_list"];
        put?: never;
        /**
         * Subscribe to alerts: event type patterns, filters, a channel, quiet hours
         * @description A webhook subscription’s answer carries its Standard Webhooks signing secret, once.
         */
        post: operations["SubscriptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A subscription */
        get: operations["SubscriptionsController_get"];
        put?: never;
        post?: never;
        /** Delete a subscription */
        delete: operations["SubscriptionsController_remove"];
        options?: never;
        head?: never;
        /** Change a subscription (e.g. active: false to pause it); the result must still be valid */
        patch: operations["SubscriptionsController_update"];
        trace?: never;
    };
    "/v1/syntheses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a synthesis of the comments in a scope (themes found automatically, or staff-given themes); poll GET for the result */
        post: operations["SynthesesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/syntheses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A synthesis: its progress, and once done its themes with keyphrases, quotes, sentiment, places and responses */
        get: operations["SynthesesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/syntheses/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What we heard and what the bureau answered, as JSON */
        get: operations["SynthesesController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/syntheses/{id}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as CSV, one row per theme */
        get: operations["SynthesesController_reportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/syntheses/{id}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as a page to share with the community */
        get: operations["SynthesesController_reportHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/syntheses/{id}/themes/{key}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Answer a theme: heard, under consideration, adopted, or not adopted with a reason */
        put: operations["SynthesesController_respond"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page of an email’s unsubscribe link (no key needed) */
        get: operations["UnsubscribeController_confirm"];
        put?: never;
        /** One-click unsubscribe (RFC 8058): pauses the subscription the signed link names (no key needed) */
        post: operations["UnsubscribeController_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        PrincipalResponse: {
            /**
             * @description The bureau a `bureau` key speaks for
             * @example PBOT
             */
            bureauCode: string | null;
            /**
             * @description Public id of the key (the 12 hex characters after "civic_")
             * @example 3f9a0c1b2d4e
             */
            keyId: string;
            /** @enum {string} */
            role: "bureau" | "coordinator" | "admin";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ProbesController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every service of this process is ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    ProbesController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProbesController_metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AlertStreamController_stream: {
        parameters: {
            query?: never;
            header?: {
                /** @description The id of the last event received */
                "Last-Event-ID"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (revoking twice is harmless) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    ApiKeysController_current: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalResponse"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CalendarsController_bureau: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) feed: stable UIDs, SEQUENCE rising with each change, cancelled events kept as STATUS:CANCELLED */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CalendarsController_city: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) feed: stable UIDs, SEQUENCE rising with each change, cancelled events kept as STATUS:CANCELLED */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CalendarsController_district: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                n: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) feed: stable UIDs, SEQUENCE rising with each change, cancelled events kept as STATUS:CANCELLED */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CalendarsController_organization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An iCalendar (RFC 5545) feed: stable UIDs, SEQUENCE rising with each change, cancelled events kept as STATUS:CANCELLED */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CommentsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bureau?: string;
                    demographics?: Record<string, never>;
                    demographicsConsent?: boolean;
                    /** Format: uuid */
                    engagementId?: string;
                    externalId?: string;
                    language?: string;
                    location?: Record<string, never>;
                    neighborhood?: string;
                    /** @enum {unknown} */
                    source?: "listening_session" | "survey" | "email" | "online_form" | "phone" | "other";
                    /** Format: date-time */
                    submittedAt?: string;
                    text: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CommentsController_batch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bureau?: string;
                    comments: Record<string, never>[];
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CommentsController_import: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CommentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CoordinationController_conflicts: {
        parameters: {
            query?: {
                /** @description Either engagement’s bureau */
                bureau?: unknown;
                /** @description The previous page’s nextCursor */
                cursor?: unknown;
                /** @description A council district either engagement is in or for */
                district?: unknown;
                /** @description Pairs still going on after this instant */
                from?: unknown;
                /** @description 1-200, default 50 */
                limit?: unknown;
                severity?: "low" | "medium" | "high";
                /** @description open (default), resolved or all */
                status?: "open" | "resolved" | "all";
                /** @description Pairs starting before this instant */
                to?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CoordinationController_conflict: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        detectedAt: string;
                        engagements: Record<string, never>[];
                        /** Format: uuid */
                        id: string;
                        open: boolean;
                        reasons: string[];
                        /** Format: date-time */
                        resolvedAt?: string;
                        /** @enum {unknown} */
                        severity: "low" | "medium" | "high";
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    DeliveriesController_list: {
        parameters: {
            query?: {
                eventId?: unknown;
                /** @description 1-500, default 100 */
                limit?: unknown;
                status?: "pending" | "sending" | "delivered" | "failed" | "cancelled";
                subscriptionId?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delivery records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    DeliveriesController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_list: {
        parameters: {
            query?: {
                /** @description Offering this */
                accessibility?: "accessibleVenue" | "asl" | "captioning" | "childcare" | "food" | "nearTransit" | "stipends";
                bureau?: unknown;
                /** @description The previous page’s nextCursor */
                cursor?: unknown;
                district?: unknown;
                /** @description Engagements ending after this instant */
                from?: unknown;
                kind?: "listening_session" | "open_house" | "workshop" | "survey" | "tabling" | "public_hearing" | "online_forum" | "walking_tour" | "other";
                /** @description Offered in this language (BCP 47; `zh` finds `zh-Hant` too) */
                language?: unknown;
                /** @description 1-200, default 50 */
                limit?: unknown;
                /** @description A neighborhood association: slug or id */
                neighborhood?: unknown;
                /** @description An organization in the audience, or a neighborhood association it is in (a district coalition: any of its associations): slug or id */
                organization?: unknown;
                /** @description Words in the title, description or address, ignoring case */
                q?: unknown;
                status?: "draft" | "scheduled" | "postponed" | "held" | "closed" | "cancelled";
                /** @description Engagements starting before this instant */
                to?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor?: string;
                        total: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessibility?: Record<string, never>;
                    audience?: Record<string, never>;
                    bureau?: string;
                    contact?: Record<string, never>;
                    description?: string;
                    /** Format: date-time */
                    endsAt: string;
                    expectedAttendance?: number;
                    externalId?: string;
                    /** Format: uri */
                    externalUrl?: string;
                    /** @enum {unknown} */
                    kind: "listening_session" | "open_house" | "workshop" | "survey" | "tabling" | "public_hearing" | "online_forum" | "walking_tour" | "other";
                    languages?: string[];
                    location?: Record<string, never>;
                    /** Format: date-time */
                    startsAt: string;
                    /** @enum {unknown} */
                    status?: "draft" | "scheduled";
                    timeZone?: unknown;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Already published with this externalId: nothing changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessibility: Record<string, never>;
                        actualAttendance?: number;
                        address?: string;
                        audience: Record<string, never>;
                        bureau: string;
                        cancellationReason?: string;
                        /** Format: date-time */
                        cancelledAt?: string;
                        contact?: Record<string, never>;
                        description?: string;
                        /** Format: date-time */
                        endsAt: string;
                        expectedAttendance?: number;
                        externalId?: string;
                        /** Format: uri */
                        externalUrl?: string;
                        /** Format: date-time */
                        heldAt?: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        languages: string[];
                        location: Record<string, never>;
                        onlineUrl?: string;
                        /** Format: date-time */
                        startsAt: string;
                        status: string;
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessibility: Record<string, never>;
                        actualAttendance?: number;
                        address?: string;
                        audience: Record<string, never>;
                        bureau: string;
                        cancellationReason?: string;
                        /** Format: date-time */
                        cancelledAt?: string;
                        contact?: Record<string, never>;
                        description?: string;
                        /** Format: date-time */
                        endsAt: string;
                        expectedAttendance?: number;
                        externalId?: string;
                        /** Format: uri */
                        externalUrl?: string;
                        /** Format: date-time */
                        heldAt?: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        languages: string[];
                        location: Record<string, never>;
                        onlineUrl?: string;
                        /** Format: date-time */
                        startsAt: string;
                        status: string;
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementBatchController_batch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: Record<string, never>[];
                };
            };
        };
        responses: {
            /** @description Per-item results: 201 created, 200 already published, 4xx refused */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        created: number;
                        failed: number;
                        results: Record<string, never>[];
                        unchanged: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementBatchController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessibility?: Record<string, never>;
                    audience?: Record<string, never>;
                    bureau?: string;
                    contact?: Record<string, never>;
                    description?: string;
                    /** Format: date-time */
                    endsAt: string;
                    expectedAttendance?: number;
                    externalId?: string;
                    /** Format: uri */
                    externalUrl?: string;
                    /** @enum {unknown} */
                    kind: "listening_session" | "open_house" | "workshop" | "survey" | "tabling" | "public_hearing" | "online_forum" | "walking_tour" | "other";
                    languages?: string[];
                    location?: Record<string, never>;
                    /** Format: date-time */
                    startsAt: string;
                    /** @enum {unknown} */
                    status?: "draft" | "scheduled";
                    timeZone?: unknown;
                    title: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alreadyPublished: boolean;
                        alternatives: Record<string, never>[];
                        conflicts: Record<string, never>[];
                        fatigue: Record<string, never>[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessibility: Record<string, never>;
                        actualAttendance?: number;
                        address?: string;
                        audience: Record<string, never>;
                        bureau: string;
                        cancellationReason?: string;
                        /** Format: date-time */
                        cancelledAt?: string;
                        contact?: Record<string, never>;
                        description?: string;
                        /** Format: date-time */
                        endsAt: string;
                        expectedAttendance?: number;
                        externalId?: string;
                        /** Format: uri */
                        externalUrl?: string;
                        /** Format: date-time */
                        heldAt?: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        languages: string[];
                        location: Record<string, never>;
                        onlineUrl?: string;
                        /** Format: date-time */
                        startsAt: string;
                        status: string;
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422 */
                "Idempotency-Key"?: string;
                /** @description The ETag (version) of the engagement as read; 412 when it has changed since */
                "If-Match": string;
            };
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessibility?: Record<string, never>;
                    audience?: Record<string, never>;
                    contact?: Record<string, never>;
                    description?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    expectedAttendance?: number;
                    /** Format: uri */
                    externalUrl?: string;
                    /** @enum {unknown} */
                    kind?: "listening_session" | "open_house" | "workshop" | "survey" | "tabling" | "public_hearing" | "online_forum" | "walking_tour" | "other";
                    languages?: string[];
                    location?: Record<string, never>;
                    /** Format: date-time */
                    startsAt?: string;
                    /** @enum {unknown} */
                    status?: "scheduled" | "postponed" | "closed";
                    timeZone?: unknown;
                    title?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessibility: Record<string, never>;
                        actualAttendance?: number;
                        address?: string;
                        audience: Record<string, never>;
                        bureau: string;
                        cancellationReason?: string;
                        /** Format: date-time */
                        cancelledAt?: string;
                        contact?: Record<string, never>;
                        description?: string;
                        /** Format: date-time */
                        endsAt: string;
                        expectedAttendance?: number;
                        externalId?: string;
                        /** Format: uri */
                        externalUrl?: string;
                        /** Format: date-time */
                        heldAt?: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        languages: string[];
                        location: Record<string, never>;
                        onlineUrl?: string;
                        /** Format: date-time */
                        startsAt: string;
                        status: string;
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422 */
                "Idempotency-Key"?: string;
                /** @description The ETag (version) of the engagement as read; 412 when it has changed since */
                "If-Match"?: string;
            };
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessibility: Record<string, never>;
                        actualAttendance?: number;
                        address?: string;
                        audience: Record<string, never>;
                        bureau: string;
                        cancellationReason?: string;
                        /** Format: date-time */
                        cancelledAt?: string;
                        contact?: Record<string, never>;
                        description?: string;
                        /** Format: date-time */
                        endsAt: string;
                        expectedAttendance?: number;
                        externalId?: string;
                        /** Format: uri */
                        externalUrl?: string;
                        /** Format: date-time */
                        heldAt?: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        languages: string[];
                        location: Record<string, never>;
                        onlineUrl?: string;
                        /** Format: date-time */
                        startsAt: string;
                        status: string;
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_checkChange: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) of the engagement as read; 412 when it has changed since */
                "If-Match": string;
            };
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessibility?: Record<string, never>;
                    audience?: Record<string, never>;
                    contact?: Record<string, never>;
                    description?: string;
                    /** Format: date-time */
                    endsAt?: string;
                    expectedAttendance?: number;
                    /** Format: uri */
                    externalUrl?: string;
                    /** @enum {unknown} */
                    kind?: "listening_session" | "open_house" | "workshop" | "survey" | "tabling" | "public_hearing" | "online_forum" | "walking_tour" | "other";
                    languages?: string[];
                    location?: Record<string, never>;
                    /** Format: date-time */
                    startsAt?: string;
                    /** @enum {unknown} */
                    status?: "scheduled" | "postponed" | "closed";
                    timeZone?: unknown;
                    title?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        alreadyPublished: boolean;
                        alternatives: Record<string, never>[];
                        conflicts: Record<string, never>[];
                        fatigue: Record<string, never>[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_held: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your name for this attempt (1-200 letters, digits or _ . : -), kept per bureau: a retry with the same key (after a 503 or a lost answer) gets the first answer and changes nothing again; the same key with a different request is a 422 */
                "Idempotency-Key"?: string;
                /** @description The ETag (version) of the engagement as read; 412 when it has changed since */
                "If-Match"?: string;
            };
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    actualAttendance: number;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessibility: Record<string, never>;
                        actualAttendance?: number;
                        address?: string;
                        audience: Record<string, never>;
                        bureau: string;
                        cancellationReason?: string;
                        /** Format: date-time */
                        cancelledAt?: string;
                        contact?: Record<string, never>;
                        description?: string;
                        /** Format: date-time */
                        endsAt: string;
                        expectedAttendance?: number;
                        externalId?: string;
                        /** Format: uri */
                        externalUrl?: string;
                        /** Format: date-time */
                        heldAt?: string;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        languages: string[];
                        location: Record<string, never>;
                        onlineUrl?: string;
                        /** Format: date-time */
                        startsAt: string;
                        status: string;
                        timeZone: string;
                        title: string;
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unprocessable Entity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    ReportBacksController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uri */
                    reportUrl?: string;
                    /** Format: uuid */
                    synthesisId?: string;
                    whatWeDid: string;
                    whatWeHeard: string;
                };
            };
        };
        responses: {
            /** @description The report-back as published */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    EngagementsController_suggestions: {
        parameters: {
            query: {
                /** @description Organization slugs or ids, separated by commas */
                audience: unknown;
                /** @description The hosting bureau; a bureau key’s own by default */
                bureau?: unknown;
                /** @description Minutes */
                duration: unknown;
                from: unknown;
                /** @description 1-50, default 5 */
                limit?: unknown;
                to: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slots: Record<string, never>[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    CoordinationController_fatigue: {
        parameters: {
            query?: {
                /** @description The bureau of the engagement that raised the alert */
                bureau?: unknown;
                /** @description The previous page’s nextCursor */
                cursor?: unknown;
                /** @description Raised by engagements ending after this instant */
                from?: unknown;
                /** @description 1-200, default 50 */
                limit?: unknown;
                /** @description The community: slug or id (a district coalition: any of its associations) */
                organization?: unknown;
                /** @description Raised by engagements starting before this instant */
                to?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    LookupController_lookup: {
        parameters: {
            query: {
                lat: unknown;
                lon: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        businessDistricts: Record<string, never>[];
                        councilDistricts: Record<string, never>[];
                        districtCoalitions: Record<string, never>[];
                        neighborhoodAssociations: Record<string, never>[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    PeopleController_end: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endDate: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endDate?: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organizationId: string;
                        /** Format: uuid */
                        personId: string;
                        role: string;
                        startDate?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: {
                /** @description The parent district coalition: slug or id */
                coalition?: unknown;
                councilDistrict?: unknown;
                /** @description The previous page’s nextCursor */
                cursor?: unknown;
                kind?: "neighborhood_association" | "business_district_association" | "district_coalition" | "council_district" | "community_organization" | "bureau";
                /** @description 1-200, default 50 */
                limit?: unknown;
                /** @description Starts of words of the name, ignoring case and accents */
                q?: unknown;
                status?: "active" | "inactive" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    OrganizationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    boundary?: Record<string, never>;
                    bureauCode?: string;
                    councilDistricts?: string[];
                    /** @enum {unknown} */
                    kind: "neighborhood_association" | "business_district_association" | "district_coalition" | "council_district" | "community_organization" | "bureau";
                    languages?: string[];
                    meetingSchedule?: string;
                    name: string;
                    ocdId?: string;
                    /** Format: uuid */
                    parentId?: string;
                    /** Format: email */
                    publicEmail?: string;
                    serviceArea?: string;
                    slug: string;
                    /** Format: uri */
                    website?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        boundary?: Record<string, never>;
                        bureauCode?: string;
                        councilDistricts: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "neighborhood_association" | "business_district_association" | "district_coalition" | "council_district" | "community_organization" | "bureau";
                        languages?: string[];
                        meetingSchedule?: string;
                        name: string;
                        ocdId: string;
                        /** Format: uuid */
                        parentId?: string;
                        /** Format: email */
                        publicEmail?: string;
                        representativePoint?: unknown[];
                        serviceArea?: string;
                        slug: string;
                        /** @enum {unknown} */
                        status: "active" | "inactive" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /** Format: uri */
                        website?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    OrganizationMapController_map: {
        parameters: {
            query?: {
                /** @description The parent district coalition: slug or id */
                coalition?: unknown;
                councilDistrict?: unknown;
                kind?: "neighborhood_association" | "business_district_association" | "district_coalition" | "council_district" | "community_organization" | "bureau";
                /** @description Starts of words of the name, ignoring case and accents */
                q?: unknown;
                status?: "active" | "inactive" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: unknown;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        boundary?: Record<string, never>;
                        bureauCode?: string;
                        councilDistricts: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "neighborhood_association" | "business_district_association" | "district_coalition" | "council_district" | "community_organization" | "bureau";
                        languages?: string[];
                        meetingSchedule?: string;
                        name: string;
                        ocdId: string;
                        /** Format: uuid */
                        parentId?: string;
                        /** Format: email */
                        publicEmail?: string;
                        representativePoint?: unknown[];
                        serviceArea?: string;
                        slug: string;
                        /** @enum {unknown} */
                        status: "active" | "inactive" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /** Format: uri */
                        website?: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    OrganizationsController_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) of the organization as read; 412 when it has changed since */
                "If-Match": string;
            };
            path: {
                idOrSlug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    boundary?: Record<string, never>;
                    languages?: string[];
                    meetingSchedule?: string;
                    name?: string;
                    /** Format: email */
                    publicEmail?: string;
                    /** @enum {unknown} */
                    status?: "active" | "inactive";
                    /** Format: uri */
                    website?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        boundary?: Record<string, never>;
                        bureauCode?: string;
                        councilDistricts: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "neighborhood_association" | "business_district_association" | "district_coalition" | "council_district" | "community_organization" | "bureau";
                        languages?: string[];
                        meetingSchedule?: string;
                        name: string;
                        ocdId: string;
                        /** Format: uuid */
                        parentId?: string;
                        /** Format: email */
                        publicEmail?: string;
                        representativePoint?: unknown[];
                        serviceArea?: string;
                        slug: string;
                        /** @enum {unknown} */
                        status: "active" | "inactive" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /** Format: uri */
                        website?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    OrganizationsController_archive: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag (version) of the organization as read; 412 when it has changed since */
                "If-Match": string;
            };
            path: {
                idOrSlug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        boundary?: Record<string, never>;
                        bureauCode?: string;
                        councilDistricts: string[];
                        /** Format: date-time */
                        createdAt?: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "neighborhood_association" | "business_district_association" | "district_coalition" | "council_district" | "community_organization" | "bureau";
                        languages?: string[];
                        meetingSchedule?: string;
                        name: string;
                        ocdId: string;
                        /** Format: uuid */
                        parentId?: string;
                        /** Format: email */
                        publicEmail?: string;
                        representativePoint?: unknown[];
                        serviceArea?: string;
                        slug: string;
                        /** @enum {unknown} */
                        status: "active" | "inactive" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                        version: number;
                        /** Format: uri */
                        website?: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Failed */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Precondition Required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    PeopleController_join: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrSlug: unknown;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    endDate?: string;
                    /** Format: uuid */
                    personId: string;
                    role: string;
                    startDate?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endDate?: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        organizationId: string;
                        /** Format: uuid */
                        personId: string;
                        role: string;
                        startDate?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    PeopleController_members: {
        parameters: {
            query?: {
                ended?: "true" | "false";
            };
            header?: never;
            path: {
                idOrSlug: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        membership: Record<string, never>;
                        person: Record<string, never>;
                    }[];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    OrganizationsController_import: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/geo+json": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    OrganizationMapController_popolo: {
        parameters: {
            query?: {
                /** @description The parent district coalition: slug or id */
                coalition?: unknown;
                councilDistrict?: unknown;
                kind?: "neighborhood_association" | "business_district_association" | "district_coalition" | "council_district" | "community_organization" | "bureau";
                /** @description Starts of words of the name, ignoring case and accents */
                q?: unknown;
                status?: "active" | "inactive" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    PeopleController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    name: string;
                    phone?: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        phone?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    PeopleController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        phone?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    ReportBacksController_overdue: {
        parameters: {
            query?: {
                bureau?: unknown;
                /** @description The previous page’s nextCursor */
                cursor?: unknown;
                /** @description Held at or after this instant */
                from?: unknown;
                /** @description 1-200, default 50 */
                limit?: unknown;
                /** @description Held before this instant */
                to?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: Record<string, never>[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    ReportsController_attendance: {
        parameters: {
            query: {
                bureau?: unknown;
                by: "month";
                from?: unknown;
                to?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        months: Record<string, never>[];
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    ReportsController_coverage: {
        parameters: {
            query: {
                by?: "district" | "neighborhood" | "coalition" | "bureau";
                from: unknown;
                to: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessibility: Record<string, never>;
                        attendance: number;
                        /** @enum {unknown} */
                        by: "district" | "neighborhood" | "coalition" | "bureau";
                        districts: Record<string, never>[];
                        engagements: number;
                        from: string;
                        groups: Record<string, never>[];
                        interpretationShare: unknown;
                        neighborhoodsWithoutEngagement: Record<string, never>[];
                        to: string;
                    };
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscribersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscribersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    keyId?: string;
                    /** @enum {unknown} */
                    kind: "staff" | "coalition" | "organization" | "bureau";
                    name: string;
                };
            };
        };
        responses: {
            /** @description The subscriber */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscribersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscribersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscribersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    /** @enum {unknown} */
                    kind?: "staff" | "coalition" | "organization" | "bureau";
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscriptionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscriptions, without webhook secrets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscriptionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /** @enum {unknown} */
                    channel: "email" | "webhook" | "live" | "digest_daily" | "digest_weekly";
                    digestAt?: string;
                    eventTypes: unknown[];
                    filters?: Record<string, never>;
                    quietHours?: Record<string, never>;
                    /** Format: uuid */
                    subscriberId?: string;
                    timeZone: unknown;
                    /** Format: uri */
                    webhookUrl: string;
                };
            };
        };
        responses: {
            /** @description The subscription */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscriptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscriptionsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SubscriptionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    /** @enum {unknown} */
                    channel?: "email" | "webhook" | "live" | "digest_daily" | "digest_weekly";
                    digestAt?: string;
                    eventTypes?: unknown[];
                    filters?: Record<string, never>;
                    quietHours?: Record<string, never>;
                    timeZone?: string;
                    webhookUrl?: string;
                };
            };
        };
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SynthesesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scope: Record<string, never>;
                    themes?: Record<string, never>[];
                };
            };
        };
        responses: {
            /** @description The job id and its status */
            202: {
                headers: {
                    /** @description Where to poll */
                    Location?: unknown;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SynthesesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SynthesesController_report: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SynthesesController_reportCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SynthesesController_reportHtml: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    SynthesesController_respond: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    response: string;
                    /** @enum {unknown} */
                    status: "heard" | "under_consideration" | "adopted" | "not_adopted";
                };
            };
        };
        responses: {
            /** @description The synthesis with the answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Service Unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    UnsubscribeController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
    UnsubscribeController_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        correlationId?: string;
                        detail: string;
                        errors?: {
                            field: string;
                            message: string;
                            rule?: string;
                        }[];
                        /** @example /v1/organizations */
                        instance?: string;
                        status: number;
                        title: string;
                        /** @example about:blank */
                        type: string;
                    };
                };
            };
        };
    };
}
