using Docket.Domain.Decisions;

namespace Docket.Storage;

/// <summary>One distinct combination of event fields among stored claims, and how many claims
/// carry it: enough to list the decision questions a store knows without reading every claim.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Actor">The event's actor as stored.</param>
/// <param name="Recipient">The event's recipient as stored.</param>
/// <param name="System">The system name or label as stored; null for general aid.</param>
/// <param name="Aspect">Transfer or use; null when the event has none.</param>
/// <param name="Claims">How many claims carry exactly these fields.</param>
public sealed record ClaimKey(EventType Type, string? Actor, string? Recipient, string? System, Aspect? Aspect, int Claims);
