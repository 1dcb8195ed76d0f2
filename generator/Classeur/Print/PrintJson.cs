using System.Text.Json.Serialization;

namespace Classeur.Print;

/// <summary>What reliure.js reports, read without reflection (the CLI is published as Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(PagedLayout))]
internal sealed partial class PrintJson : JsonSerializerContext;
