using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// "One of these columns contains this text, whatever its case", alike on both engines: SQLite's <c>LIKE</c> ignores
/// (ASCII) case by itself, PostgreSQL's needs <c>ILIKE</c>. The text's own <c>%</c>, <c>_</c> and <c>\</c> are
/// escaped, so what a person types is only ever looked for.
/// </summary>
internal static class TextContaining
{
    public static IQueryable<T> WhereAnyContains<T>(this IQueryable<T> query, DeskDbContext db, string text, params Expression<Func<T, string?>>[] columns)
    {
        var like = db.Database.IsNpgsql()
            ? typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!
            : typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        // Read from a captured value, so the pattern goes to the database as a parameter.
        var pattern = Expression.Property(Expression.Constant(new Pattern(Escaped(text))), nameof(Pattern.Value));
        var row = Expression.Parameter(typeof(T), "row");
        var matches = columns
            .Select(column => (Expression)Expression.Call(
                like, Expression.Constant(EF.Functions), new RowOf(column.Parameters[0], row).Visit(column.Body), pattern, Expression.Constant("\\")))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(matches, row));
    }

    private static string Escaped(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private sealed record Pattern(string Value);

    private sealed class RowOf(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
