namespace DatasetBuilder.Model;

/// <summary>How much of a publication date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known (<c>YYYY</c>).</summary>
    Year,

    /// <summary>The year and month are known (<c>YYYY-MM</c>).</summary>
    Month,

    /// <summary>The full calendar date is known (<c>YYYY-MM-DD</c>).</summary>
    Day,
}
