using System.Text;

namespace ComplaintDesk.Web.Hosting;

/// <summary>Reads a password: typed at a terminal without echo, or one line from piped input.</summary>
public static class ConsolePassword
{
    public static async Task<string> ReadAsync(TextReader input, TextWriter prompt, string email)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return await input.ReadLineAsync() ?? "";
        }

        await prompt.WriteAsync($"Password for {email}: ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        await prompt.WriteLineAsync();
        return password.ToString();
    }
}
