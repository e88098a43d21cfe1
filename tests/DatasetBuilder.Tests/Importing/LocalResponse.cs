using System.Text;

namespace DatasetBuilder.Tests.Importing;

/// <summary>What <see cref="LocalHttpServer"/> answers to one request.</summary>
internal sealed record LocalResponse(int Status, string Body = "", string? Location = null)
{
    /// <summary>How long to wait before answering (to test the client's timeout); the server's disposal cuts it short.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Send no Content-Length and end the body by closing the connection, as streaming servers do.</summary>
    public bool OmitContentLength { get; init; }

    public string ContentType { get; init; } = "text/html; charset=utf-8";

    /// <summary>Body bytes sent as they are, instead of <see cref="Body"/> in UTF-8 (to test other encodings).</summary>
    public byte[]? RawBody { get; init; }

    public byte[] ToBytes()
    {
        var body = RawBody ?? Encoding.UTF8.GetBytes(Body);
        var head = new StringBuilder()
            .Append("HTTP/1.1 ").Append(Status).Append(' ').Append(Status switch { 200 => "OK", 301 => "Moved Permanently", 302 => "Found", 404 => "Not Found", _ => "Status" }).Append("\r\n")
            .Append("Content-Type: ").Append(ContentType).Append("\r\n")
            .Append("Connection: close\r\n");
        if (Location is not null)
        {
            head.Append("Location: ").Append(Location).Append("\r\n");
        }

        if (!OmitContentLength)
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        return [.. Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), .. body];
    }
}
